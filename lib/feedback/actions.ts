'use server';

import { cookies, headers } from 'next/headers';
import { z } from 'zod';
import { clientKeyFrom } from '../http/client-identity';
import { readerCookieName, readerCookieOptions, readerKeyFrom } from '../http/reader-identity';
import { getAuthSecret } from '../secrets';
import { feedbackFormSchema, type SubmitFeedbackState } from './schema';
import { storeFeedback } from './store';

const waitMessage = 'You have sent several messages about this article in the last few minutes. Please wait a little and try again.';

export async function submitFeedback(_previous: SubmitFeedbackState, formData: FormData): Promise<SubmitFeedbackState> {
  const raw = {
    articleId: formData.get('articleId'),
    message: formData.get('message') ?? '',
    paragraph: formData.get('paragraph') ?? undefined,
    quote: formData.get('quote') ?? undefined,
    idempotencyKey: formData.get('idempotencyKey') || undefined,
    website: formData.get('website') ?? '',
  };
  const values = { message: typeof raw.message === 'string' ? raw.message : '' };
  const parsed = feedbackFormSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors;
    const message = fieldErrors.message?.[0] ?? fieldErrors.idempotencyKey?.[0] ?? 'Something in the form is not right. Please check it and try again.';
    return { status: 'error', message, fieldErrors: { message: fieldErrors.message }, values };
  }
  // Public on purpose: any reader may send feedback. Abuse is limited below, not by sign-in.
  const form = parsed.data;
  // The honeypot field is invisible to people; a bot that fills it is thanked and ignored.
  if (form.website) return { status: 'thanks' };

  const requestHeaders = await headers();
  const jar = await cookies();
  const reader = readerKeyFrom(jar.get(readerCookieName)?.value, getAuthSecret());
  // Sent with the action's own answer (the page after a plain form post, or the script's fetch),
  // so a reader without JavaScript is known too; the article pages themselves never read it.
  if (reader.issuedToken) jar.set(readerCookieName, reader.issuedToken, readerCookieOptions(requestHeaders));
  const result = await storeFeedback({
    articleId: form.articleId,
    message: form.message,
    paragraph: form.paragraph,
    quote: form.paragraph ? form.quote : undefined,
    clientHash: clientKeyFrom(requestHeaders),
    readerHash: reader.readerHash,
    idempotencyKey: form.idempotencyKey,
  });
  switch (result) {
    case 'stored':
    case 'duplicate':
      return { status: 'thanks' };
    case 'rate-limited':
      return { status: 'error', message: waitMessage, values };
    case 'no-article':
      return { status: 'error', message: 'This article is not open for feedback.', values };
  }
}
