import { beforeAll, describe, expect, it } from 'vitest';
import type { HandlerGetContext, HandlerSetContext, IncrementalCacheValue } from './next-internals';

// DATELINE_CACHE=off, read when the handler's module loads (this file's own module registry):
// what the scale bench times as "rendered uncached" is a page made anew on every request.
let handler: { get: (key: string, ctx: HandlerGetContext) => Promise<unknown>; set: (key: string, data: IncrementalCacheValue, ctx: HandlerSetContext) => Promise<void> };
beforeAll(async () => {
  process.env.DATELINE_CACHE = 'off';
  const { default: DatelineCacheHandler } = await import('./handler');
  handler = new DatelineCacheHandler();
});

describe('the cache handler with DATELINE_CACHE=off', () => {
  it('keeps nothing: a page stored is a miss on the next request, and names no tags', async () => {
    const value = {
      kind: 'APP_PAGE',
      html: '<h1>Story</h1>',
      rscData: Buffer.from('rsc'),
      status: 200,
      headers: { 'x-next-cache-tags': 'path:/story,article:7' },
    } as unknown as IncrementalCacheValue;
    const setContext = { cacheControl: { revalidate: false, expire: undefined } } as HandlerSetContext;
    await handler.set('/story', value, setContext);
    expect(await handler.get('/story', { kind: 'APP_PAGE', isFallback: false } as HandlerGetContext)).toBeNull();
    // Without a stamp header the front cache in server/ keeps nothing either.
    expect(value.kind === 'APP_PAGE' && value.headers).not.toHaveProperty('cache-tag');
  });
});
