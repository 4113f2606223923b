import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cdnCacheControl, cdnTagHeaders, purgeCdn } from './cdn';

// The purge hook against a real HTTP receiver on loopback, standing in for a CDN's API.
const received: { authorization?: string; body: unknown }[] = [];
let status = 200;
const receiver = http.createServer((req, res) => {
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk));
  req.on('end', () => {
    received.push({ authorization: req.headers.authorization, body: JSON.parse(body) as unknown });
    res.writeHead(status).end();
  });
});
let url = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/purge`;
});
afterAll(() => new Promise((resolve) => receiver.close(resolve)));

describe('the CDN purge hook', () => {
  it('posts the refreshed tags, as they appear in page headers, with the token', async () => {
    const ok = await purgeCdn(['front-page', 'path:/world/2026/12/01/a,b', 'tag:日本'], { CDN_PURGE_URL: url, CDN_PURGE_TOKEN: 'sekret' });
    expect(ok).toBe(true);
    expect(received.at(-1)).toEqual({
      authorization: 'Bearer sekret',
      body: { tags: ['front-page', 'path:/world/2026/12/01/a%2Cb', 'tag:%E6%97%A5%E6%9C%AC'] },
    });
    expect(cdnTagHeaders(['front-page', 'tag:日本'])['cache-tag']).toBe('front-page,tag:%E6%97%A5%E6%9C%AC');
  });

  it('does nothing without CDN_PURGE_URL, and reports a CDN that refuses', async () => {
    const before = received.length;
    expect(await purgeCdn(['front-page'], {})).toBe(false);
    expect(received.length).toBe(before);
    status = 500;
    expect(await purgeCdn(['front-page'], { CDN_PURGE_URL: url })).toBe(false);
    status = 200;
  });

  it('lets a CDN keep pages long only when it is told what to purge', () => {
    expect(cdnCacheControl({ CDN_PURGE_URL: url })).toContain('s-maxage=86400');
    expect(cdnCacheControl({})).toContain('s-maxage=60');
    expect(cdnCacheControl({})).toContain('stale-while-revalidate=');
    expect(cdnCacheControl({ CDN_PURGE_URL: url }, { polled: true })).toBe('public, max-age=0, s-maxage=5, stale-while-revalidate=5');
  });
});
