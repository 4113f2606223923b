'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { landingFor } from './landing';
import { receiveFeedback, type FeedbackRequest } from './receive';

/** The framework's request, as the domain function wants it. */
async function currentRequest(): Promise<FeedbackRequest> {
  const jar = await cookies();
  return { headers: await headers(), cookie: (name) => jar.get(name)?.value, setCookie: (name, value, options) => jar.set(name, value, options) };
}

/**
 * "Your Opinion Matters" posted without the reader script: a public form, so any reader may send
 * (abuse is limited by lib/feedback/store.ts, not by sign-in). The page it was sent from is
 * static and cannot show an outcome, so the reader is sent where it is shown.
 */
export async function submitFeedback(formData: FormData): Promise<never> {
  const outcome = await receiveFeedback(formData, await currentRequest());
  const message = formData.get('message');
  redirect(await landingFor(Number(formData.get('articleId')), outcome, typeof message === 'string' ? message : ''));
}
