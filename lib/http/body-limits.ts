import type { IncomingMessage, ServerResponse } from 'node:http';

// How much a request may send, decided here for every route: reader forms are small (a
// feedback message is at most 5,000 characters); the newsroom uploads photos (up to 10 MB, as
// the form says, plus the rest of the form). next.config.js gives Next.js's own server action
// limit the upload size, so this is the limit that applies.
export const maxFormBytes = 256 * 1024;
export const maxUploadBytes = 12 * 1024 * 1024;

export function bodyLimitFor(url: string): number {
  return url.startsWith('/editor') ? maxUploadBytes : maxFormBytes;
}

const tooLargePage =
  '<!doctype html><html lang="en"><meta charset="utf-8"><title>Too large to send</title>' +
  '<h1>That was too large to send</h1><p>What you sent is larger than this form accepts. ' +
  'Please shorten it and try again: go back, and your text should still be there.</p></html>';

/** How long a refused client has to read the answer before its connection is dropped. */
const lingerMs = 1_000;

function refuse(req: IncomingMessage, res: ServerResponse) {
  if (!res.headersSent) res.writeHead(413, { 'Content-Type': 'text/html; charset=utf-8', Connection: 'close' });
  // The rest of the body is never read. Closing at once, with its bytes unread, would reset the
  // connection and could wipe the answer from the client's side: the server first says it is
  // done sending, then drops the connection a moment later.
  res.end(tooLargePage, () => {
    req.socket.end();
    setTimeout(() => req.socket.destroy(), lingerMs).unref();
  });
}

/**
 * Holds a request to its body limit by what actually arrives, declared or not: a declared
 * length over the limit is refused before reading, and a body that grows past it (sent in
 * chunks, with no length) is refused the moment it does, without reading on.
 * Returns true when the request was refused at once.
 */
export function limitBody(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method === 'GET' || req.method === 'HEAD') return false;
  const limit = bodyLimitFor(req.url ?? '');
  if (Number(req.headers['content-length'] ?? 0) > limit) {
    refuse(req, res);
    return true;
  }
  let received = 0;
  const push = req.push.bind(req);
  // Node's HTTP parser hands each piece of the body to the request through push().
  req.push = (chunk: unknown, encoding?: BufferEncoding) => {
    if (chunk !== null && received <= limit) {
      received += (chunk as Buffer).length;
      if (received > limit) {
        refuse(req, res);
        return false;
      }
    }
    return received > limit ? false : push(chunk, encoding);
  };
  // A route that answered without reading all of the body (a page, a redirect) gets no more
  // of it: the connection is closed for sending once the answer is out, and what still comes
  // is discarded only up to the limit, where the connection is dropped (a lingering close, so
  // the client reads the answer before it is cut off).
  res.on('finish', () => {
    if (req.complete) return;
    req.socket.end();
    req.resume();
  });
  return false;
}
