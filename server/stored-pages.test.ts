import http, { type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stampHeader } from '../lib/cache/expiry-ledger';
import { rewriteStoredPages } from './stored-pages';

// The rewrite as the server applies it, in front of a stand-in for Next.js that answers as it
// does: headers set, then the compressed page written in pieces.
const page = '<html><body><main data-reader-site=""><p>Story</p></main><script data-keep="">ours()</script><script src="/_next/static/chunks/a.js"></script><script>self.__next_f.push([1])</script></body></html>';

function nextJs(res: ServerResponse, stored: boolean) {
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('content-encoding', 'gzip');
  if (stored) res.setHeader(stampHeader, '7');
  const body = gzipSync(page);
  res.write(body.subarray(0, 10));
  res.end(body.subarray(10));
}

const server = http.createServer((req, res) => {
  rewriteStoredPages(res);
  nextJs(res, req.url === '/stored');
});
let base = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

async function get(path: string) {
  return new Promise<{ html: string; length: string | undefined }>((resolve, reject) =>
    http
      .get(`${base}${path}`, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ html: gunzipSync(Buffer.concat(chunks)).toString(), length: response.headers['content-length'] }));
      })
      .on('error', reject),
  );
}

describe('stored reader pages', () => {
  it('go out without the framework’s scripts, compressed as before, with their length', async () => {
    const { html, length } = await get('/stored');
    expect(html).toContain('ours()');
    expect(html).not.toContain('/_next/static/');
    expect(html).not.toContain('__next_f');
    expect(Number(length)).toBe(gzipSync(html).length);
  });

  it('leave pages that are not stored alone', async () => {
    expect((await get('/search')).html).toBe(page);
  });
});
