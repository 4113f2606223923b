import 'server-only';
import { z } from 'zod';
import { clientKeyFrom } from '../http/client-identity';
import { readerCookieName, readerCookieOptions, readerKeyFrom } from '../http/reader-identity';
import { getAuthSecret } from '../secrets';
import { countCharacters, feedbackMinLength, type FeedbackOutcome } from './count';
import { describeProblem, type FeedbackProblem } from './problems';
import { cleanMessage, feedbackFormSchema } from './schema';
import { storeFeedback } from './store';

// One reader message received, whichever door it came through: the form's server action (a
// plain form post, lib/feedback/actions.ts) or the reader script's route (app/api/feedback).

/** The parts of the request this needs, from whichever framework API the caller has. */
export interface FeedbackRequest {
  headers: Headers;
  cookie(name: string): string | undefined;
  setCookie(name: string, value: string, options: ReturnType<typeof readerCookieOptions>): void;
}

function refusal(problem: FeedbackProblem, count = 0): FeedbackOutcome {
  return { status: 'error', problem, message: describeProblem(problem, count) };
}

/** Which problem a form that failed validation has: the message's, or else the form's. */
function problemOf(fields: { message?: string[]; idempotencyKey?: string[] }, message: unknown): FeedbackOutcome {
  if (fields.message) {
    if (typeof message !== 'string') return refusal('empty');
    const count = countCharacters(cleanMessage(message));
    return count === 0 ? refusal('empty') : refusal(count < feedbackMinLength ? 'too-short' : 'too-long', count);
  }
  return refusal(fields.idempotencyKey ? 'stale-form' : 'invalid');
}

export async function receiveFeedback(formData: FormData, request: FeedbackRequest): Promise<FeedbackOutcome> {
  const raw = {
    articleId: formData.get('articleId'),
    message: formData.get('message') ?? '',
    paragraph: formData.get('paragraph') ?? undefined,
    quote: formData.get('quote') ?? undefined,
    idempotencyKey: formData.get('idempotencyKey') || undefined,
    website: formData.get('website') ?? '',
  };
  const parsed = feedbackFormSchema.safeParse(raw);
  if (!parsed.success) return problemOf(z.flattenError(parsed.error).fieldErrors, raw.message);
  const form = parsed.data;
  // The honeypot field is invisible to people; a bot that fills it is thanked and ignored.
  if (form.website) return { status: 'thanks' };

  const secret = getAuthSecret();
  const reader = readerKeyFrom(request.cookie(readerCookieName), secret);
  // Sent with the answer (the page after a plain form post, or the script's fetch), so a reader
  // without JavaScript is known too; the article pages themselves never read it.
  if (reader.issuedToken) request.setCookie(readerCookieName, reader.issuedToken, readerCookieOptions(request.headers));
  const result = await storeFeedback({
    articleId: form.articleId,
    message: form.message,
    paragraph: form.paragraph,
    quote: form.paragraph ? form.quote : undefined,
    clientHash: clientKeyFrom(request.headers),
    readerHash: reader.readerHash,
    idempotencyKey: form.idempotencyKey,
  });
  switch (result) {
    case 'stored':
    case 'duplicate':
      return { status: 'thanks' };
    case 'rate-limited':
      return refusal('rate-limited');
    case 'no-article':
      return refusal('closed');
  }
}
