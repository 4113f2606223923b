import { describe, expect, it } from 'vitest';
import { acceptsEncoding } from './accept-encoding';

describe('acceptsEncoding', () => {
  it('takes what a browser names', () => {
    expect(acceptsEncoding('gzip, deflate, br, zstd', 'gzip')).toBe(true);
    expect(acceptsEncoding('br;q=1.0, gzip;q=0.8', 'gzip')).toBe(true);
  });

  it('refuses a coding given q=0, however it is spelled', () => {
    expect(acceptsEncoding('gzip;q=0', 'gzip')).toBe(false);
    expect(acceptsEncoding('br, GZIP ; q=0.000', 'gzip')).toBe(false);
    expect(acceptsEncoding('*;q=0', 'gzip')).toBe(false);
  });

  it('lets * stand for codings not named, and not for one named with q=0', () => {
    expect(acceptsEncoding('*', 'gzip')).toBe(true);
    expect(acceptsEncoding('gzip;q=0, *', 'gzip')).toBe(false);
  });

  it('does not mistake a longer name for the coding, or a missing header for consent', () => {
    expect(acceptsEncoding('x-gzip-not', 'gzip')).toBe(false);
    expect(acceptsEncoding(undefined, 'gzip')).toBe(false);
    expect(acceptsEncoding('identity', 'gzip')).toBe(false);
  });

  it('allows the uncompressed answer unless it is refused outright', () => {
    expect(acceptsEncoding(undefined, 'identity')).toBe(true);
    expect(acceptsEncoding('gzip', 'identity')).toBe(true);
    expect(acceptsEncoding('gzip, identity;q=0', 'identity')).toBe(false);
    expect(acceptsEncoding('gzip, *;q=0', 'identity')).toBe(false);
  });
});
