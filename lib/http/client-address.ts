import { createHmac, timingSafeEqual } from 'node:crypto';

// Who a request comes from, for rate limits and sign-in throttling: decided once, in our server
// (server/worker.ts), from the socket address and, only for TRUSTED_PROXY_HOPS proxies in front,
// from X-Forwarded-For. The server hands the app the address with a proof made with AUTH_SECRET,
// so an address the client wrote itself (as plain `next start` or `next dev` would pass on) is
// never believed: without the proof, every client shares one key.

export const clientAddressHeader = 'x-dateline-client';
export const clientProofHeader = 'x-dateline-client-proof';
/** The key of every request whose address could not be vouched for. */
export const unverifiedClient = 'unverified';

/** The address a request came from, as far as the configured proxies can be trusted. */
export function resolveClientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedProxyHops: number): string {
  if (trustedProxyHops > 0) {
    const hops = String(forwardedFor ?? '')
      .split(',')
      .map((hop) => hop.trim())
      .filter(Boolean);
    const address = hops.at(-trustedProxyHops);
    if (address) return address;
  }
  return socketAddress ?? 'unknown';
}

/**
 * The part of an address that names one client: an IPv4 address whole, an IPv6 address by its
 * /64 (one home or phone network is given a whole /64, and can change the rest at will).
 */
export function clientNetwork(address: string): string {
  const v4 = /^(?:::ffff:)?(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (v4) return v4[1]!;
  if (!address.includes(':')) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('%')[0]!.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...headGroups, ...Array(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups] : headGroups;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

export function proveClient(address: string, secret: string): string {
  return createHmac('sha256', secret).update(`client-address:${address}`).digest('base64url');
}

/** The client address our server vouched for, or null (unknown launcher, or a forged header). */
export function verifiedClientAddress(headers: Headers, secret: string): string | null {
  const address = headers.get(clientAddressHeader);
  const proof = headers.get(clientProofHeader);
  if (!address || !proof) return null;
  const expected = Buffer.from(proveClient(address, secret));
  const given = Buffer.from(proof);
  return expected.length === given.length && timingSafeEqual(expected, given) ? address : null;
}
