import http from 'node:http';
import { baseURL } from '../playwright.config';
import { expect, findArticle, test } from './fixtures';

// Bodies sent in chunks, with no Content-Length, as a client that wants to tie the server up
// would: every route stops reading at its limit and answers 413 at once.

/**
 * Streams `totalBytes` of form data in 64 KB chunks, going on after an answer arrives, until the
 * server closes the connection: answers the status and how much went out before it did.
 */
function streamBody(path: string, totalBytes: number): Promise<{ status: number; sent: number; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    let sent = 0;
    let status = 0;
    const request = http.request(`${baseURL}${path}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    // A write can fail (the server stopped reading) a moment before the answer that came first
    // is parsed: give it that moment.
    const done = () => setTimeout(() => resolve({ status, sent, ms: Date.now() - started }), 200);
    request.on('response', (response) => {
      status = response.statusCode ?? 0;
      response.resume();
    });
    request.on('error', done);
    request.on('close', done);
    const pump = () => {
      while (sent < totalBytes && !request.destroyed) {
        sent += chunk.length;
        if (!request.write(chunk)) return void request.once('drain', pump);
      }
      if (!request.destroyed) request.end();
    };
    request.write('email=a%40b.c&password=');
    pump();
  });
}

test('a 300 KB chunked body to sign-in is refused with 413, not read in full', async () => {
  const answer = await streamBody('/api/auth/callback/credentials', 300 * 1024);
  expect(answer.status).toBe(413);
});

test('an endless chunked stream is cut off near the limit, within moments, on every kind of route', async () => {
  // Auth.js and the newsroom's proxy read the body; a reader page answers without reading it,
  // and the server then closes the connection rather than drain what keeps coming.
  const routes = { '/api/auth/callback/credentials': 413, [findArticle().path]: 200, '/editor/articles/new': 413 };
  for (const [path, status] of Object.entries(routes)) {
    const answer = await streamBody(path, 200 * 1024 * 1024);
    expect(answer.status, path).toBe(status);
    expect(answer.sent, path).toBeLessThan(40 * 1024 * 1024);
    expect(answer.ms, path).toBeLessThan(5_000);
  }
});

test('a reader whose feedback form is too large gets a page that says so', async ({ request }) => {
  const answer = await request.post(findArticle().path, { multipart: { message: 'x'.repeat(300 * 1024) } });
  expect(answer.status()).toBe(413);
  expect(await answer.text()).toContain('That was too large to send');
});
