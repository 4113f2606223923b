import type { IncomingMessage, ServerResponse } from 'node:http';

// How much a request may send, decided here for every route before Next.js reads a byte: reader
// forms are small (a feedback message is at most 5,000 characters); signed-in newsroom staff
// upload photos (up to 10 MB, as the form says, plus the rest of the form). Only a request whose
// session is verified gets the larger allowance; sign-in, setup and strangers with a made-up
// session cookie get the reader's. next.config.js gives Next.js's own server action limit the
// upload size, so this is the limit that applies.
export const maxFormBytes = 256 * 1024;
export const maxUploadBytes = 12 * 1024 * 1024;

/** The newsroom paths where an upload may be posted (everything under /editor but signing in). */
export function mayUploadTo(url: string): boolean {
  return url.startsWith('/editor/') && !url.startsWith('/editor/sign-in') && !url.startsWith('/editor/setup');
}

const tooLargePage =
  '<!doctype html><html lang="en"><meta charset="utf-8"><title>Too large to send</title>' +
  '<h1>That was too large to send</h1><p>What you sent is larger than this form accepts. ' +
  'Please shorten it and try again: go back, and your text should still be there.</p></html>';

/**
 * After its answer, how long a client may pause and how much more it may send before the
 * connection is dropped: a body it declared up to `maxDrainBytes` is read to its end (a client
 * still sending cannot read an answer, and a browser shows a reset instead), an undeclared one
 * only for `lingerBytes` more.
 */
const lingerIdleMs = 2_000;
const lingerBytes = 4 * 1024 * 1024;
const maxDrainBytes = 16 * 1024 * 1024;

interface Dropping {
  /** Bytes dropped since the answer went out (-1 before). */
  bytes: number;
  allowance: number;
  /** Called as each dropped piece arrives: the client is still busy sending, not gone. */
  onPiece?: () => void;
}

/**
 * Ends the connection once the answer is out without cutting it off under the client: the server
 * says it is done sending, then reads and drops what still arrives until the client closes its
 * side. Closing with unread bytes would reset the connection, and a reset can wipe the answer
 * from the client's side before it read it.
 */
function closeLingering(req: IncomingMessage, dropping: Dropping) {
  if (dropping.bytes >= 0) return; // already lingering
  const socket = req.socket;
  socket.end();
  req.resume();
  dropping.bytes = 0;
  const timer = setTimeout(() => socket.destroy(), lingerIdleMs);
  timer.unref();
  dropping.onPiece = () => timer.refresh();
  socket.once('close', () => clearTimeout(timer));
}

/**
 * Says `Connection: close` on the answer, so a keep-alive client does not send its next request
 * down a connection the server is closing (it would get a reset instead of an answer). Node.js
 * ends such a connection with `destroySoon()`, which destroys it, unread bytes and all, once the
 * answer is written; here it closes lingering instead.
 */
function closeAfterAnswer(req: IncomingMessage, res: ServerResponse, dropping: Dropping) {
  if (!res.headersSent) res.setHeader('Connection', 'close');
  req.socket.destroySoon = () => closeLingering(req, dropping);
}

function refuse(req: IncomingMessage, res: ServerResponse, dropping: Dropping) {
  closeAfterAnswer(req, res, dropping);
  if (!res.headersSent) res.writeHead(413, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(tooLargePage, () => closeLingering(req, dropping));
}

/**
 * Holds a request to its body limit by what actually arrives, declared or not: a declared length
 * over the limit is refused before reading, and a body that grows past it (sent in chunks, with
 * no length) is refused the moment it does, without passing on more. `mayUpload` is asked only
 * for newsroom posts; until it answers nothing is read past what the socket buffers (nobody
 * reads the body yet), so the count starts at the reader's limit without refusing early.
 * Resolves true when the request was refused.
 */
export async function limitBody(req: IncomingMessage, res: ServerResponse, mayUpload: () => Promise<boolean>): Promise<boolean> {
  if (req.method === 'GET' || req.method === 'HEAD') return false;
  let limit = maxFormBytes;
  let received = 0;
  let refused = false;
  const declared = Number(req.headers['content-length'] ?? 0);
  const dropped: Dropping = { bytes: -1, allowance: declared > 0 && declared <= maxDrainBytes ? declared : lingerBytes };
  const push = req.push.bind(req);
  // Node's HTTP parser hands each piece of the body to the request through push().
  req.push = (chunk: unknown, encoding?: BufferEncoding) => {
    if (chunk === null) return push(chunk, encoding);
    const bytes = (chunk as Buffer).length;
    if (refused) {
      // Past the limit: dropped. A client that keeps on after its answer is cut off.
      dropped.onPiece?.();
      if (dropped.bytes >= 0 && (dropped.bytes += bytes) > dropped.allowance) req.socket.destroy();
      return true;
    }
    received += bytes;
    if (received > limit) {
      refused = true;
      refuse(req, res, dropped);
      return true;
    }
    return push(chunk, encoding);
  };
  // A route that answered without reading all of the body (a page, a redirect) gets no more of
  // it: the rest is dropped as it comes, up to the limit, while the client reads the answer.
  // Node.js writes the head through writeHead() whether a route calls it or not.
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((...args: unknown[]) => {
    if (!req.complete) closeAfterAnswer(req, res, dropped);
    return writeHead(...args);
  }) as typeof res.writeHead;
  res.on('finish', () => {
    if (req.complete || refused) return;
    refused = true;
    closeLingering(req, dropped);
  });

  if (mayUploadTo(req.url ?? '') && (await mayUpload())) limit = maxUploadBytes;
  if (declared > limit && !refused) {
    refused = true;
    refuse(req, res, dropped);
  }
  return refused;
}
