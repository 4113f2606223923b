import { cookies } from 'next/headers';
import { clientKeyFrom } from '../http/client-identity';
import { getAuthSecret } from '../secrets';
import { cookieValue, deviceCookieMaxAgeSeconds, deviceCookieName, deviceIdFor, issueDeviceToken } from './device';
import type { SignInSubject } from './throttle';

/** Who a sign-in request for `account` comes from, as the throttle counts it. */
export function signInSubjectOf(headers: Headers, account: string): SignInSubject {
  const device = deviceIdFor(cookieValue(headers.get('cookie'), deviceCookieName), account, getAuthSecret());
  return device ? { device } : { client: clientKeyFrom(headers) };
}

/** After a successful sign-in: this browser is a known device of the account from now on. */
export async function rememberDevice(account: string, headers: Headers): Promise<void> {
  (await cookies()).set(deviceCookieName, issueDeviceToken(account, getAuthSecret()), {
    httpOnly: true,
    sameSite: 'lax',
    secure: headers.get('x-forwarded-proto') === 'https' || new URL(process.env.SITE_URL ?? 'http://localhost').protocol === 'https:',
    path: '/',
    maxAge: deviceCookieMaxAgeSeconds,
  });
}
