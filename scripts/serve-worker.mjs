// One server process: Next.js's request handler behind our own HTTP server, so that the client
// address the app sees is one we vouch for (see clientAddress below). Started by serve.mjs.
import cluster from 'node:cluster';
import http from 'node:http';
import next from 'next';
import { createPageCache } from './page-cache.mjs';

const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || '127.0.0.1';
// How many proxies in front of us append to X-Forwarded-For; 0 means clients connect directly,
// so any X-Forwarded-For they send is a claim we must not believe.
const trustedProxyHops = Number(process.env.TRUSTED_PROXY_HOPS || 0);

const app = next({ dev: false, hostname: host, port });
const pageCache = createPageCache();
globalThis.__datelinePageCache = pageCache;
const handle = app.getRequestHandler();

// The private port answers only the app's own timer endpoints (which still check their secret).
const internalPaths = new Set(['/api/scheduler', '/api/cache/sync']);

function listenPrivately(handler) {
  const privateServer = http.createServer((req, res) => {
    if (req.method === 'POST' && internalPaths.has(req.url ?? '')) return handler(req, res);
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('Not found\n');
  });
  return new Promise((resolve) => {
    privateServer.listen({ host: '127.0.0.1', port: 0, exclusive: true }, () => resolve(`http://127.0.0.1:${privateServer.address().port}`));
  });
}

function clientAddress(req) {
  if (trustedProxyHops > 0) {
    const hops = String(req.headers['x-forwarded-for'] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const address = hops.at(-trustedProxyHops);
    if (address) return address;
  }
  return req.socket.remoteAddress ?? 'unknown';
}

// Next.js 16.4 sends a cached page redirect's Location header twice (same value). Location is
// a single-valued header (RFC 9110), so keep one.
function keepOneLocation(res) {
  const writeHead = res.writeHead;
  res.writeHead = function (...args) {
    const location = res.getHeader('location');
    if (Array.isArray(location)) res.setHeader('location', location[0]);
    return writeHead.apply(this, args);
  };
}

// Reader forms are small (a feedback message is at most 5,000 characters); anything far larger
// is refused before it reaches the app, with a page that says why. Editor uploads get more room.
const maxFormBytes = 256 * 1024;
const maxUploadBytes = 12 * 1024 * 1024;

function refuseLargeBody(req, res) {
  const length = Number(req.headers['content-length'] ?? 0);
  const limit = req.url?.startsWith('/editor') ? maxUploadBytes : maxFormBytes;
  if (req.method !== 'POST' || length <= limit) return false;
  res.writeHead(413, { 'Content-Type': 'text/html; charset=utf-8', Connection: 'close' });
  res.end(
    '<!doctype html><html lang="en"><meta charset="utf-8"><title>Too large to send</title>' +
      '<h1>That was too large to send</h1><p>What you sent is larger than this form accepts. ' +
      'Please shorten it and try again: go back, and your text should still be there.</p></html>',
  );
  req.resume();
  return true;
}

function serveRequest(req, res) {
  if (refuseLargeBody(req, res)) return;
  if (pageCache.serve(req, res)) return;
  // Next.js keeps an incoming X-Forwarded-For as it is; replace it with the address we trust.
  req.headers['x-forwarded-for'] = clientAddress(req);
  // A reader form's action answers in a few dozen bytes; compressing that costs more than it saves.
  if (req.headers['next-action'] && !req.url?.startsWith('/editor')) delete req.headers['accept-encoding'];
  keepOneLocation(res);
  pageCache.capture(req, res);
  handle(req, res);
}

// In a cluster the shared port reaches any worker, but the app's own timers (scheduler, cache
// refreshes told by a sibling) must reach this one: it also listens on a private port.
if (cluster.isWorker) process.env.DATELINE_SELF_URL = await listenPrivately(serveRequest);
await app.prepare();

const server = http.createServer(serveRequest);
server.keepAliveTimeout = 65_000;
const firstWorker = !cluster.isWorker || process.env.DATELINE_WORKER_INDEX === '0';
server.listen(port, host, () => {
  if (firstWorker) console.log(`[serve] ${process.env.PUBLICATION_NAME ?? 'Dateline'} on http://${host}:${port}`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
