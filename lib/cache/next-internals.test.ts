import { NEXT_CACHE_IMPLICIT_TAG_ID, NEXT_CACHE_TAGS_HEADER } from 'next/dist/lib/constants';
import { describe, expect, it } from 'vitest';
import { implicitTagPrefix, nextCacheTagsHeader } from './next-internals';

// Fails loudly when a Next.js upgrade renames what the cache handler reads from its entries.
// (The end-to-end tests check the outcome: pages served with their Cache-Tag header.)
describe('what the cache handler relies on in Next.js', () => {
  it('finds a page entry’s tags where Next.js keeps them', () => {
    expect(nextCacheTagsHeader).toBe(NEXT_CACHE_TAGS_HEADER);
  });

  it('reads what an unstable_cache entry found from its JSON body', async () => {
    const source = await import('node:fs').then((fs) => fs.readFileSync(require.resolve('next/dist/server/web/spec-extension/unstable-cache.js'), 'utf8'));
    expect(source).toContain('body: JSON.stringify(result)');
  });

  it('tells Next.js’s implicit path tags from ours', () => {
    expect(implicitTagPrefix).toBe(NEXT_CACHE_IMPLICIT_TAG_ID);
  });
});
