import { findSessionUser } from './sessions';

// Whether a request comes from someone signed in, decided before Next.js sees it: the server
// (server/worker.ts) lets only such requests send a newsroom-sized body. A cookie with the right
// name proves nothing; the token must decrypt with our secret and name a session that is live.

const sessionCookie = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/;

export async function hasLiveSession(cookieHeader: string | undefined, secret: string): Promise<boolean> {
  if (!cookieHeader || !sessionCookie.test(cookieHeader)) return false;
  const { getToken } = await import('next-auth/jwt');
  const secureCookie = cookieHeader.includes('__Secure-authjs.session-token');
  try {
    const token = await getToken({ req: { headers: { cookie: cookieHeader } }, secret, secureCookie });
    return typeof token?.sid === 'string' && (await findSessionUser(token.sid)) !== undefined;
  } catch {
    return false;
  }
}
