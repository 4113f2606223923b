import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { getEnv } from '../env';

// Limits that must not make strangers pay for each other count per browser, not per address:
// behind carrier-grade NAT thousands of phones share one public address. A browser is known by a
// first-party cookie holding a random id, signed so that a client can neither claim another
// reader's id nor make one up. Dropping the cookie only makes a client a new reader each time;
// what bounds such a client is a per-address ceiling, not this (lib/feedback/store.ts).

export const readerCookieName = 'dateline-reader';
const readerCookieMaxAgeSeconds = 365 * 24 * 3600;
const idPattern = /^[\w-]{22}$/;

function sign(id: string, secret: string): string {
  return createHmac('sha256', secret).update(`reader-cookie:${id}`).digest('base64url');
}

function newReader(secret: string): { id: string; token: string } {
  const id = randomBytes(16).toString('base64url');
  return { id, token: `${id}.${sign(id, secret)}` };
}

/** The reader id a cookie value proves, or null (absent, forged, or signed with another secret). */
export function readerIdFrom(token: string | undefined, secret: string): string | null {
  const [id = '', signature = '', ...rest] = (token ?? '').split('.');
  if (rest.length > 0 || !idPattern.test(id)) return null;
  const expected = Buffer.from(sign(id, secret));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : null;
}

// What the database keeps: a keyed hash, so no row holds anything a cookie is made of.
export function hashReader(id: string, secret: string): string {
  return createHmac('sha256', secret).update(`reader:${id}`).digest('base64url').slice(0, 22);
}

export interface ReaderKey {
  /** The key limits count this reader under. */
  readerHash: string;
  /** A new cookie value to send back, when the request carried no valid one. */
  issuedToken: string | null;
}

/** Who sent a request, as far as its reader cookie proves; a missing or forged one is a new reader. */
export function readerKeyFrom(token: string | undefined, secret: string): ReaderKey {
  const known = readerIdFrom(token, secret);
  if (known) return { readerHash: hashReader(known, secret), issuedToken: null };
  const { id, token: issuedToken } = newReader(secret);
  return { readerHash: hashReader(id, secret), issuedToken };
}

/** HttpOnly and same-site; Secure when the reader reached us over https (a browser refuses it otherwise). */
export function readerCookieOptions(headers: Headers) {
  const proto = headers.get('x-forwarded-proto')?.split(',')[0]?.trim();
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: proto === 'https' || new URL(getEnv().SITE_URL).protocol === 'https:',
    path: '/',
    maxAge: readerCookieMaxAgeSeconds,
  };
}
