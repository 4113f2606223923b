import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb } from '../db/client';
import { migrateToLatest } from '../db/migrate';
import DatelineCacheHandler from './handler';
import type { HandlerGetContext, HandlerSetContext, IncrementalCacheValue } from './next-internals';
import { untilHearing } from '../test/hearing';
import { expireTags, stopHearing } from './tag-record';

// The handler Next.js calls, on a real database: what it keeps, and when it stops serving it.
beforeAll(async () => {
  await migrateToLatest();
  // On PostgreSQL, until the listener is connected every hit counts as stale.
  await untilHearing();
});
afterAll(async () => {
  await stopHearing();
  await closeDb();
});

const handler = new DatelineCacheHandler();
const pageContext = { kind: 'APP_PAGE', isFallback: false } as HandlerGetContext;
const setContext = { cacheControl: { revalidate: false, expire: undefined } } as HandlerSetContext;

function page(tags: string, status = 200): IncrementalCacheValue {
  return {
    kind: 'APP_PAGE',
    html: '<h1>Story</h1>',
    rscData: Buffer.from('rsc'),
    status,
    postponed: undefined,
    segmentData: undefined,
    headers: { 'x-next-cache-tags': tags },
  } as IncrementalCacheValue;
}

describe('the cache handler', () => {
  it('serves what it stored until one of its tags expires, then never again', async () => {
    expect(await handler.get('/story-a', pageContext)).toBeNull();
    await handler.set('/story-a', page('path:/story-a,section:news,_N_T_/layout'), setContext);
    expect((await handler.get('/story-a', pageContext))?.value).toMatchObject({ html: '<h1>Story</h1>' });

    await expireTags(['section:news']);
    expect(await handler.get('/story-a', pageContext)).toBeNull();
  });

  it('names a page’s own tags to CDNs, leaving out Next.js’s implicit ones', async () => {
    const value = page('path:/story-b,article:7,_N_T_/layout');
    await handler.set('/story-b', value, setContext);
    expect(value.kind === 'APP_PAGE' && value.headers).toMatchObject({
      'cache-tag': 'path:/story-b,article:7',
      'surrogate-key': 'path:/story-b article:7',
    });
  });

  it('does not keep as fresh the second of two reads that missed before an expiry and stored after it', async () => {
    // The article page reads the same data twice per render (page and metadata): both miss,
    // the first is stored, the editor's change expires the tag, then the second is stored.
    const fetchContext = { kind: 'FETCH', tags: ['article:9'], softTags: [] } as HandlerGetContext;
    const published = { kind: 'FETCH', data: { headers: {}, body: '"published"', status: 200, url: '' }, revalidate: false } as unknown as IncrementalCacheValue;
    const setData = { fetchCache: true, tags: ['article:9'] } as HandlerSetContext;
    expect(await handler.get('data-article-9', fetchContext)).toBeNull();
    expect(await handler.get('data-article-9', fetchContext)).toBeNull();
    await handler.set('data-article-9', published, setData);
    await expireTags(['article:9']);
    await handler.set('data-article-9', published, setData);
    expect(await handler.get('data-article-9', fetchContext)).toBeNull();
  });

  it('stamps a page with the earliest miss of the requests its one render answered', async () => {
    // Next.js joins every request for a page to the render in flight: three misses, one store.
    expect(await handler.get('/story-d', pageContext)).toBeNull();
    await expireTags(['path:/story-d']);
    expect(await handler.get('/story-d', pageContext)).toBeNull();
    const value = page('path:/story-d');
    await handler.set('/story-d', value, setContext);
    expect(await handler.get('/story-d', pageContext)).toBeNull();
    // The next render, begun after the expiry, is fresh: the joined misses left nothing behind.
    await handler.set('/story-d', page('path:/story-d'), setContext);
    expect(await handler.get('/story-d', pageContext)).not.toBeNull();
  });

  it('does not count a render that started before an expiry as fresh', async () => {
    // A reader's request misses, the page renders from data read before the editor's change,
    // the change's expiry is recorded, and only then is the render stored.
    expect(await handler.get('/story-c', pageContext)).toBeNull();
    await expireTags(['path:/story-c']);
    await handler.set('/story-c', page('path:/story-c'), setContext);
    expect(await handler.get('/story-c', pageContext)).toBeNull();
  });

  it('keeps no not-found pages and no reads that found nothing, so made-up URLs fill no memory', async () => {
    await handler.get('/made-up', pageContext);
    await handler.set('/made-up', page('path:/made-up', 404), setContext);
    expect(await handler.get('/made-up', pageContext)).toBeNull();

    const fetchContext = { kind: 'FETCH', tags: ['path:/made-up'], softTags: [] } as HandlerGetContext;
    const nothing = { kind: 'FETCH', data: { headers: {}, body: 'null', status: 200, url: '' }, revalidate: false } as unknown as IncrementalCacheValue;
    const sizeBefore = DatelineCacheHandler.store.size;
    await handler.set('data-made-up', nothing, { fetchCache: true, tags: ['path:/made-up'] } as HandlerSetContext);
    expect(await handler.get('data-made-up', fetchContext)).toBeNull();
    expect(DatelineCacheHandler.store.size).toBe(sizeBefore);
  });

  it('checks cached data reads against their tags as Next.js asks for them', async () => {
    const fetchContext = { kind: 'FETCH', tags: ['tag:harbour'], softTags: [] } as HandlerGetContext;
    const data = { kind: 'FETCH', data: { headers: {}, body: '"harbour"', status: 200, url: '' }, revalidate: false } as unknown as IncrementalCacheValue;
    await handler.get('data-harbour', fetchContext);
    await handler.set('data-harbour', data, { fetchCache: true, tags: ['tag:harbour'] } as HandlerSetContext);
    expect(await handler.get('data-harbour', fetchContext)).not.toBeNull();
    await handler.revalidateTag('tag:harbour');
    expect(await handler.get('data-harbour', fetchContext)).toBeNull();
  });
});
