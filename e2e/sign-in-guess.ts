import { request as playwrightRequest } from '@playwright/test';

/**
 * One password guess straight at Auth.js, as an attacker posts it (X-Forwarded-For is the
 * client's address: the test servers trust one proxy hop). Answers the `code` Auth.js sent back
 * (`credentials`, `throttled`), or `signed-in`.
 */
export async function guess(baseURL: string, from: string, email: string, password: string): Promise<string> {
  const context = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { 'X-Forwarded-For': from } });
  try {
    const { csrfToken } = (await (await context.get('/api/auth/csrf')).json()) as { csrfToken: string };
    const answer = await context.post('/api/auth/callback/credentials', { form: { email, password, csrfToken }, maxRedirects: 0 });
    return new URL(answer.headers().location ?? '', baseURL).searchParams.get('code') ?? 'signed-in';
  } finally {
    await context.dispose();
  }
}
