'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { checkRole } from '../auth/check-role';
import { setFeedbackStatus } from './queries';
import { feedbackStatuses } from './schema';

export type FeedbackStatusState =
  | { status: 'idle' }
  | { status: 'done'; message: string }
  | { status: 'error'; message: string; fieldErrors?: { ids?: string[]; status?: string[] } };

const statusChangeSchema = z.object({
  ids: z
    .array(z.coerce.number().int().positive())
    .min(1, 'Select at least one message.')
    .max(500, 'Change at most 500 messages at once.'),
  status: z.enum(feedbackStatuses, 'Choose what to mark the messages as.'),
});

const statusWords = { new: 'unread', read: 'read', resolved: 'resolved', spam: 'spam' } as const;

/** One message (a row's button) or many (the checked boxes and the bulk form's status). */
export async function updateFeedbackStatus(
  _previous: FeedbackStatusState,
  formData: FormData,
): Promise<FeedbackStatusState> {
  const parsed = statusChangeSchema.safeParse({
    ids: formData.getAll('ids'),
    status: formData.get('status'),
  });
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors;
    return {
      status: 'error',
      message: fieldErrors.ids?.[0] ?? fieldErrors.status?.[0] ?? 'That change could not be read.',
      fieldErrors,
    };
  }
  const check = await checkRole('editor');
  if ('denied' in check) return { status: 'error', message: check.denied };
  const { ids, status } = parsed.data;
  const changed = await setFeedbackStatus([...new Set(ids)], status);
  revalidatePath('/editor/feedback');
  if (changed === 0) return { status: 'error', message: 'Those messages no longer exist.' };
  return {
    status: 'done',
    message: `Marked ${changed === 1 ? '1 message' : `${changed} messages`} as ${statusWords[status]}.`,
  };
}
