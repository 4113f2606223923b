import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

// Device cookies (OWASP's answer to lockout by an attacker): a browser that signed in to an
// account before carries a signed token naming that account, and is judged by its own failures
// only, never by what strangers tried against the same account.
export const deviceCookieName = 'dateline-device';
export const deviceCookieMaxAgeSeconds = 365 * 24 * 3600;

function sign(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(`device:${payload}`).digest('base64url');
}

/** A new token for a browser that just signed in to `account` (an account key, never the email). */
export function issueDeviceToken(account: string, secret: string): string {
  const payload = `${account}.${randomBytes(12).toString('base64url')}`;
  return `${payload}.${sign(payload, secret)}`;
}

/** The device id a cookie value proves for `account`, or null (absent, forged, another account). */
export function deviceIdFor(token: string | undefined, account: string, secret: string): string | null {
  const parts = (token ?? '').split('.');
  if (parts.length !== 3) return null;
  const [forAccount, id, signature] = parts as [string, string, string];
  const expected = Buffer.from(sign(`${forAccount}.${id}`, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return forAccount === account ? id : null;
}

/** The value of one cookie in a Cookie header. */
export function cookieValue(header: string | null, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}
