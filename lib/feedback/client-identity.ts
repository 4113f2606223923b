import { createHmac } from 'node:crypto';
import { getAuthSecret } from '../secrets';

// Rate limits need to recognise a returning client without keeping where it came from: the
// address is reduced to a keyed hash (secret from the environment), and only that is stored.
export function hashClient(address: string, secret: string): string {
  return createHmac('sha256', secret).update(`client:${address}`).digest('base64url').slice(0, 22);
}

/** The key that rate limits and sign-in throttling count a request's client under. */
export function clientKeyFrom(headers: Headers): string {
  return hashClient(clientAddressFrom(headers), getAuthSecret());
}

/** The client address set by scripts/serve.mjs (which replaces any value the client sent). */
export function clientAddressFrom(headers: Headers): string {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'unknown';
}
