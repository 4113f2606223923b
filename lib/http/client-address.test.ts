import { describe, expect, it } from 'vitest';
import { clientAddressHeader, clientNetwork, clientProofHeader, proveClient, resolveClientAddress, verifiedClientAddress } from './client-address';

const secret = 'a-test-secret-a-test-secret-a-test-secret';

describe('client addresses', () => {
  it('believes X-Forwarded-For only as far as the trusted proxies reach', () => {
    expect(resolveClientAddress('10.0.0.5', '203.0.113.9', 0)).toBe('10.0.0.5');
    expect(resolveClientAddress('10.0.0.5', 'forged, 203.0.113.9', 1)).toBe('203.0.113.9');
    expect(resolveClientAddress('10.0.0.5', 'forged, 203.0.113.9, 10.0.0.2', 2)).toBe('203.0.113.9');
    expect(resolveClientAddress('10.0.0.5', undefined, 1)).toBe('10.0.0.5');
  });

  it('keys IPv6 clients by their /64 and IPv4 ones whole', () => {
    expect(clientNetwork('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(clientNetwork('2001:db8:1:2::9')).toBe('2001:db8:1:2::/64');
    expect(clientNetwork('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientNetwork('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(clientNetwork('192.0.2.7')).toBe('192.0.2.7');
  });

  it('accepts an address only with the server’s proof for it', () => {
    const vouched = new Headers({ [clientAddressHeader]: '192.0.2.7', [clientProofHeader]: proveClient('192.0.2.7', secret) });
    expect(verifiedClientAddress(vouched, secret)).toBe('192.0.2.7');
    const forged = new Headers({ [clientAddressHeader]: '192.0.2.8', [clientProofHeader]: proveClient('192.0.2.7', secret) });
    expect(verifiedClientAddress(forged, secret)).toBeNull();
    expect(verifiedClientAddress(new Headers({ 'x-forwarded-for': '192.0.2.9' }), secret)).toBeNull();
  });
});
