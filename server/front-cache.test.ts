import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import DatelineCacheHandler from '../lib/cache/handler';
import type { HandlerGetContext, HandlerSetContext, IncrementalCacheValue } from '../lib/cache/next-internals';
import { expireTags, isFresh, stopHearing } from '../lib/cache/tag-record';
import { closeDb } from '../lib/db/client';
import { migrateToLatest } from '../lib/db/migrate';
import { untilHearing } from '../lib/test/hearing';
import { FrontCache, frontCacheHeader } from './front-cache';

// The front cache in front of a stand-in for Next.js that does what Next.js does with a page:
// look in the cache handler, and on a miss join the one render in flight for that key. The
// render is held open by the test, so the order of render, expiry and arrival is chosen, not hoped for.

const pageContext = { kind: 'APP_PAGE', isFallback: false } as HandlerGetContext;
const setContext = { cacheControl: { revalidate: false, expire: undefined } } as HandlerSetContext;

let published = true;
let gate: { promise: Promise<void>; open: () => void } | null = null;
let arrivals = 0;

function closedGate() {
  let open = () => {};
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}
let inFlight: Promise<IncrementalCacheValue | null> | null = null;
const handler = new DatelineCacheHandler();
const frontCache = new FrontCache(isFresh);

async function renderStory(): Promise<IncrementalCacheValue | null> {
  const wasPublished = published; // the render's database read
  await gate?.promise;
  const value = wasPublished
    ? ({ kind: 'APP_PAGE', html: '<h1>Story</h1>', rscData: undefined, status: 200, postponed: undefined, segmentData: undefined, headers: { 'x-next-cache-tags': 'path:/story' } } as IncrementalCacheValue)
    : null;
  await handler.set('/story', value, setContext);
  return value;
}

async function nextJs(_req: IncomingMessage, res: ServerResponse) {
  arrivals++;
  let value = (await handler.get('/story', pageContext))?.value ?? null;
  if (!value) {
    inFlight ??= renderStory().finally(() => (inFlight = null));
    value = await inFlight;
  }
  if (!value || value.kind !== 'APP_PAGE') {
    res.writeHead(404).end();
    return;
  }
  for (const [name, header] of Object.entries(value.headers ?? {})) if (header !== undefined) res.setHeader(name, header as string);
  res.setHeader('content-type', 'text/html; charset=utf-8');
  if (!String(_req.headers['accept-encoding'] ?? '').includes('gzip;q=0') && String(_req.headers['accept-encoding'] ?? '').includes('gzip')) {
    res.setHeader('content-encoding', 'gzip');
    res.end(gzipSync(value.html));
  } else {
    res.end(value.html);
  }
}

const server = http.createServer((req, res) => {
  if (frontCache.serve(req, res)) return;
  frontCache.capture(req, res);
  void nextJs(req, res);
});
let url = '';

beforeAll(async () => {
  await migrateToLatest();
  await untilHearing();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/story`;
});
afterAll(async () => {
  server.close();
  await stopHearing();
  await closeDb();
});

const read = () => fetch(url, { headers: { 'accept-encoding': 'gzip' } });

describe('the front cache', () => {
  it('serves a page from memory until a tag it was made under expires', async () => {
    expect((await read()).headers.get(frontCacheHeader)).toBe('miss');
    const hit = await read();
    expect(hit.headers.get(frontCacheHeader)).toBe('hit');
    expect(hit.headers.get('x-dateline-read-stamp')).toBeNull();
    await expireTags(['path:/story']);
    expect((await read()).headers.get(frontCacheHeader)).toBe('miss');
  });

  it('does not keep as fresh a page a late request joined, whose render read before a takedown', async () => {
    await expireTags(['path:/story']);
    gate = closedGate();
    const first = read(); // starts the render, which reads the story while it is published
    await expect.poll(() => inFlight !== null).toBe(true);
    published = false;
    await expireTags(['path:/story']); // the editor's Unpublish returns
    const before = arrivals;
    const late = read(); // arrives after the takedown, joins the render in flight
    await expect.poll(() => arrivals).toBe(before + 1);
    gate.open();
    gate = null;
    expect((await first).status).toBe(200);
    expect((await late).status).toBe(200);

    const after = await read();
    expect(after.headers.get(frontCacheHeader)).not.toBe('hit');
    expect(after.status).toBe(404);
  });

  it('replays a compressed page only to a client that accepts that compression', async () => {
    published = true;
    await expireTags(['path:/story']);
    await read();
    expect((await read()).headers.get(frontCacheHeader)).toBe('hit');
    const refused = await fetch(url, { headers: { 'accept-encoding': 'gzip;q=0, identity' } });
    expect(refused.headers.get(frontCacheHeader)).not.toBe('hit');
    expect(refused.headers.get('content-encoding')).toBeNull();
    // The uncompressed answer is a copy of its own, replayed to such clients only.
    const again = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
    expect(again.headers.get(frontCacheHeader)).toBe('hit');
    expect(again.headers.get('content-encoding')).toBeNull();
    expect(await again.text()).toBe('<h1>Story</h1>');
    expect((await read()).headers.get('content-encoding')).toBe('gzip');
  });
});
