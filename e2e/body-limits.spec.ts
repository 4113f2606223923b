import net from 'node:net';
import { baseURL } from '../playwright.config';
import { request as apiRequest } from '@playwright/test';
import { expect, findArticle, storageStateFor, test } from './fixtures';

// Bodies sent in chunks, with no Content-Length, as a client that wants to tie the server up
// would: every route stops reading at its limit and answers 413 at once.

/**
 * Streams `totalBytes` of form data in 64 KB chunks (chunked encoding, no length), going on after
 * an answer arrives, until the server closes the connection: answers the status it sent and how
 * much went out before it closed. A raw socket, so whatever the server answered is read even
 * when a write fails.
 */
function streamBody(path: string, totalBytes: number): Promise<{ status: number; closes: boolean; sent: number; ms: number }> {
  const started = Date.now();
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve) => {
    let sent = 0;
    let received = '';
    const socket = net.connect(Number(port), hostname);
    const chunk = Buffer.concat([Buffer.from('10000\r\n'), Buffer.alloc(0x10000, 'a'), Buffer.from('\r\n')]);
    socket.on('data', (data) => (received += data.toString('latin1')));
    socket.on('error', () => {});
    socket.on('close', () => {
      const head = received.split('\r\n\r\n')[0] ?? '';
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0), closes: /\r\nconnection: close\r\n/i.test(`${head}\r\n`), sent, ms: Date.now() - started });
    });
    const pump = () => {
      while (sent < totalBytes && !socket.destroyed) {
        sent += 0x10000;
        if (!socket.write(chunk)) return void socket.once('drain', pump);
      }
      if (!socket.destroyed) socket.end('0\r\n\r\n');
    };
    socket.write(`POST ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n`);
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
    // Said in the answer, so no client sends another request down a connection being closed.
    expect(answer.closes, path).toBe(true);
    expect(answer.sent, path).toBeLessThan(40 * 1024 * 1024);
    expect(answer.ms, path).toBeLessThan(5_000);
  }
});

test('a reader whose feedback form is too large gets a page that says so', async ({ request }) => {
  const answer = await request.post(findArticle().path, { multipart: { message: 'x'.repeat(300 * 1024) } });
  expect(answer.status()).toBe(413);
  expect(await answer.text()).toContain('That was too large to send');
  // The rest of the body is not read: a keep-alive client is told to open a new connection for
  // its next request (reusing this one got a reset in CI, the form's next post lost).
  expect(answer.headers()['connection']).toBe('close');
  expect((await request.get(findArticle().path)).status()).toBe(200);
});

test('only a signed-in session may send a newsroom-sized body: sign-in, setup and a made-up session cookie get 413', async ({ request }) => {
  const photo = { name: 'big.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(11 * 1024 * 1024, 1) };
  const strangers = [
    ['/editor/sign-in', {}],
    ['/editor/setup', {}],
    ['/editor/articles/new', { cookie: 'authjs.session-token=made-up-by-a-stranger' }],
  ] as const;
  for (const [path, headers] of strangers) {
    const answer = await request.post(path, { multipart: { hero: photo }, headers, maxRedirects: 0 });
    expect(answer.status(), path).toBe(413);
    expect(await answer.text(), path).toContain('That was too large to send');
  }

  // The same body from a signed-in editor reaches the newsroom (which answers as it sees fit).
  const editor = await apiRequest.newContext({ baseURL, storageState: storageStateFor('editor') });
  try {
    const answer = await editor.post('/editor/articles/new', { multipart: { hero: photo }, maxRedirects: 0 });
    expect(answer.status()).not.toBe(413);
  } finally {
    await editor.dispose();
  }
});
