import { z } from 'zod';

import { blockIdPattern } from '../story/schema';
import { countCharacters, feedbackMaxLength, feedbackMinLength } from './count';
import { describeProblem } from './problems';

export { countCharacters, feedbackMaxLength, feedbackMinLength, type FeedbackOutcome } from './count';

// C0 and C1 control characters other than tab and newline, plus lone carriage returns.
const controlCharacters = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

export function cleanMessage(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(controlCharacters, '').trim();
}

export const feedbackMessageSchema = z
  .string({ error: describeProblem('empty') })
  .max(feedbackMaxLength * 8, 'Your message is too long.')
  .transform(cleanMessage)
  .superRefine((message, ctx) => {
    const length = countCharacters(message);
    if (length < feedbackMinLength) {
      ctx.addIssue({ code: 'custom', message: describeProblem('too-short', length) });
    } else if (length > feedbackMaxLength) {
      ctx.addIssue({ code: 'custom', message: describeProblem('too-long', length) });
    }
  });

export const feedbackFormSchema = z.object({
  articleId: z.coerce.number().int().positive(),
  message: feedbackMessageSchema,
  paragraph: z
    .string()
    .regex(blockIdPattern)
    .optional()
    .or(z.literal('').transform(() => undefined)),
  quote: z
    .string()
    .max(2000)
    .transform((q) => cleanMessage(q).slice(0, 1000))
    .optional(),
  // Set by the script when the form is sent; forms sent without JavaScript dedupe by content.
  idempotencyKey: z.uuid('The form is out of date: please reload the page and try again.').optional(),
  // The honeypot: hidden from people, filled in by bots.
  website: z.string().max(0).optional().or(z.literal('')),
});

export type FeedbackForm = z.infer<typeof feedbackFormSchema>;

export type FeedbackStatus = 'new' | 'read' | 'resolved' | 'spam';
export const feedbackStatuses = ['new', 'read', 'resolved', 'spam'] as const satisfies readonly FeedbackStatus[];
