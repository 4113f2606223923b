import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb } from '../db/client';
import { migrateToLatest } from '../db/migrate';
import { untilHearing } from '../test/hearing';
import { stampHeader } from './expiry-ledger';
import type { HandlerGetContext, HandlerSetContext, IncrementalCacheValue } from './next-internals';
import { stopHearing } from './tag-record';

// DATELINE_CACHE=off, set before anything in this file's own module registry reads the
// environment: what the scale bench times as "rendered uncached" is a page made anew on every
// request, which still goes out as a stored page would.
const before = process.env.DATELINE_CACHE;
let handler: InstanceType<typeof import('./handler').default>;
beforeAll(async () => {
  process.env.DATELINE_CACHE = 'off';
  const { default: DatelineCacheHandler } = await import('./handler');
  handler = new DatelineCacheHandler();
  await migrateToLatest();
  await untilHearing();
});
afterAll(async () => {
  if (before === undefined) delete process.env.DATELINE_CACHE;
  else process.env.DATELINE_CACHE = before;
  await stopHearing();
  await closeDb();
});

describe('the cache handler with DATELINE_CACHE=off', () => {
  it('keeps nothing: a page stored is a miss on the next request, yet is stamped and names its tags', async () => {
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
    // The stamp is what server/stored-pages.ts rewrites by (the worker keeps no front cache then).
    expect(value.kind === 'APP_PAGE' && value.headers).toMatchObject({ 'cache-tag': 'path:/story,article:7' });
    expect(value.kind === 'APP_PAGE' && value.headers?.[stampHeader]).toMatch(/^\d+$/);
  });
});
