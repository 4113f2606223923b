import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM module of the server script, no types
import { createPageCache } from './page-cache.mjs';

// An upstream that answers like Next.js does for a prerendered page (x-nextjs-cache: HIT) or a
// dynamic one, counting how often it is asked.
let calls = 0;
const cache = createPageCache();
const server = http.createServer((req, res) => {
  if (cache.serve(req, res)) return;
  cache.capture(req, res);
  calls++;
  const dynamic = req.url!.startsWith('/search');
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('x-nextjs-cache', dynamic ? 'MISS' : 'HIT');
  res.setHeader('cache-control', dynamic ? 'private, no-store' : 's-maxage=31536000');
  if (req.headers['x-forwarded-proto'] === 'https') res.setHeader('strict-transport-security', 'max-age=1');
  res.setHeader('etag', `"${req.url}"`);
  const body = `<p>${req.url} #${calls}</p>`;
  // Like Next.js, compress for clients that accept it.
  if (String(req.headers['accept-encoding'] ?? '').includes('gzip')) {
    res.setHeader('content-encoding', 'gzip');
    res.end(gzipSync(body));
  } else {
    res.end(body);
  }
});
let base = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

const get = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${base}${path}`, { headers });
  return { text: await response.text(), hsts: response.headers.get('strict-transport-security') };
};

describe('page cache', () => {
  it('replays a static hit without asking upstream again, until cleared', async () => {
    const first = await get('/world');
    expect((await get('/world')).text).toBe(first.text);
    const before = calls;
    await get('/world');
    expect(calls).toBe(before);
    cache.clear();
    expect((await get('/world')).text).not.toBe(first.text);
  });

  it('never keeps dynamic pages, query strings or router requests', async () => {
    const a = await get('/search');
    expect((await get('/search')).text).not.toBe(a.text);
    const b = await get('/world?page=2');
    expect((await get('/world?page=2')).text).not.toBe(b.text);
    const c = await get('/culture', { rsc: '1' });
    expect((await get('/culture', { rsc: '1' })).text).not.toBe(c.text);
  });

  it('answers a matching If-None-Match with 304 Not Modified', async () => {
    await get('/opinion');
    await get('/opinion');
    const response = await fetch(`${base}/opinion`, { headers: { 'if-none-match': '"/opinion"' } });
    expect(response.status).toBe(304);
    expect(await response.text()).toBe('');
  });

  it('never stores an uncompressed answer for others to get', async () => {
    const plain = await get('/indonesia', { 'accept-encoding': 'identity' });
    expect((await get('/indonesia', { 'accept-encoding': 'identity' })).text).not.toBe(plain.text);
    const zipped = await get('/indonesia');
    expect((await get('/indonesia')).text).toBe(zipped.text);
  });

  it('keeps HTTPS and HTTP answers apart', async () => {
    await get('/business');
    await get('/business');
    expect((await get('/business', { 'x-forwarded-proto': 'https' })).hsts).toBe('max-age=1');
    expect((await get('/business')).hsts).toBeNull();
  });
});
