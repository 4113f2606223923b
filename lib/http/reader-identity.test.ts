import { describe, expect, it } from 'vitest';
import { hashReader, readerCookieOptions, readerIdFrom, readerKeyFrom } from './reader-identity';

const secret = 'reader-test-secret-reader-test-secret-0123';

describe('reader cookies', () => {
  it('issue a new reader to a browser without one, and know it when it comes back', () => {
    const first = readerKeyFrom(undefined, secret);
    expect(first.issuedToken).toMatch(/^[\w-]{22}\.[\w-]{43}$/);
    const back = readerKeyFrom(first.issuedToken!, secret);
    expect(back).toEqual({ readerHash: first.readerHash, issuedToken: null });
    expect(readerKeyFrom(undefined, secret).readerHash).not.toBe(first.readerHash);
  });

  it('treat a forged, altered or foreign cookie as a new reader, never as the one it names', () => {
    const token = readerKeyFrom(undefined, secret).issuedToken!;
    const [id, signature] = token.split('.') as [string, string];
    const claimed = hashReader(id, secret);
    const forgeries = [
      id, // unsigned
      `${id}.${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`,
      `${id}.${signature}.extra`,
      'garbage',
    ];
    for (const forged of forgeries) {
      expect(readerIdFrom(forged, secret)).toBeNull();
      const key = readerKeyFrom(forged, secret);
      expect(key.readerHash).not.toBe(claimed);
      expect(readerIdFrom(key.issuedToken!, secret)).not.toBeNull();
    }
    const foreign = readerKeyFrom(undefined, `${secret}-other`).issuedToken!;
    expect(readerIdFrom(foreign, secret)).toBeNull();
    expect(readerKeyFrom(foreign, secret).issuedToken).not.toBeNull();
  });

  it('keep nothing a cookie is made of in the key that is stored', () => {
    const token = readerKeyFrom(undefined, secret).issuedToken!;
    const { readerHash } = readerKeyFrom(token, secret);
    for (const part of token.split('.')) expect(readerHash).not.toContain(part);
  });

  it('are HttpOnly and same-site, and Secure when the reader came over https', () => {
    const https = readerCookieOptions(new Headers({ 'x-forwarded-proto': 'https' }));
    expect(https).toMatchObject({ httpOnly: true, sameSite: 'lax', secure: true, path: '/' });
    expect(https.maxAge).toBeGreaterThan(180 * 24 * 3600);
    // SITE_URL is http in the tests (lib/test/setup.ts).
    expect(readerCookieOptions(new Headers({ 'x-forwarded-proto': 'http' })).secure).toBe(false);
  });
});
