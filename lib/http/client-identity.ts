import { createHmac } from 'node:crypto';
import { getEnv } from '../env';
import { getAuthSecret } from '../secrets';
import { clientNetwork, resolveClientAddress, unverifiedClient, verifiedClientAddress } from './client-address';

// Rate limits need to recognise a returning client without keeping where it came from: the
// address is reduced to a keyed hash, and only that is stored.
export function hashClient(address: string, secret: string): string {
  return createHmac('sha256', secret).update(`client:${clientNetwork(address)}`).digest('base64url').slice(0, 22);
}

/** The key that rate limits and sign-in throttling count a request's client under. */
export function clientKeyFrom(headers: Headers): string {
  const secret = getAuthSecret();
  const address = verifiedClientAddress(headers, secret) ?? proxiedAddress(headers);
  return address ? hashClient(address, secret) : unverifiedClient;
}

// Under plain `next start` behind TRUSTED_PROXY_HOPS proxies, Next.js passes on the proxies'
// X-Forwarded-For as they wrote it; its last hops are theirs to vouch for.
function proxiedAddress(headers: Headers): string | null {
  const hops = getEnv().TRUSTED_PROXY_HOPS;
  if (hops === 0) return null;
  const address = resolveClientAddress(undefined, headers.get('x-forwarded-for') ?? undefined, hops);
  return address === 'unknown' ? null : address;
}
