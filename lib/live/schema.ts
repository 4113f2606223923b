import { z } from 'zod';

// Live coverage: an article told in timestamped updates, newest first. What the newsroom's
// composer sends, checked on the server whatever the browser did.

export const liveUpdateLimits = { headline: 160, text: 20_000 };

const checkbox = z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean());
const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((value) => (value ? value : undefined));

export const liveUpdateFormSchema = z.object({
  articleId: z.coerce.number().int().positive(),
  /** Present when an update is edited; with the version it was read at, so no edit is lost. */
  updateId: z.coerce.number().int().positive().optional(),
  version: z.coerce.number().int().positive().optional(),
  headline: optionalText(liveUpdateLimits.headline, `A headline of ${liveUpdateLimits.headline} characters at most.`),
  text: z
    .string({ error: 'Write the update.' })
    .trim()
    .min(1, 'Write the update.')
    .max(liveUpdateLimits.text, `An update of ${liveUpdateLimits.text.toLocaleString('en-US')} characters at most: post the rest as another.`),
  keyEvent: checkbox,
  pinned: checkbox,
  /** Who wrote it: ids of people or desks, in order. */
  bylines: z.array(z.coerce.number().int().positive()).max(6, 'Six bylines at most.'),
  intent: z.enum(['post', 'draft']),
});

export type LiveUpdateForm = z.infer<typeof liveUpdateFormSchema>;

export type LiveUpdateStatus = 'draft' | 'published';

export type LiveFormState =
  | { status: 'idle' }
  | { status: 'ok'; message: string }
  | { status: 'error'; message: string; fieldErrors?: Partial<Record<keyof LiveUpdateForm, string[]>>; values?: Record<string, string> };
