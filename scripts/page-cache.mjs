// A small in-memory cache in front of Next.js for fully static pages (prerendered, no time-based
// revalidation): the exact bytes and headers Next.js sent, replayed without running its request
// pipeline. Next.js stays the source: an entry is only stored from one of its own cache hits, and
// the whole cache is dropped whenever the app revalidates anything (see lib/articles/refresh.ts
// and lib/cache-sync.ts, which call globalThis.__datelinePageCache.clear()).
const maxEntries = 5000;
const maxBytes = 512 * 1024;

function isCandidate(req) {
  if (req.method !== 'GET' || req.url.includes('?')) return false;
  const h = req.headers;
  if (h.rsc || h['next-router-prefetch'] || h['next-router-state-tree'] || h['next-action']) return false;
  return !req.url.startsWith('/editor') && !req.url.startsWith('/api/') && !req.url.startsWith('/_next/');
}

// Responses differ by scheme (HSTS is only sent over HTTPS), so that is part of the key.
function keyOf(req) {
  return `${req.headers['x-forwarded-proto'] === 'https' ? 'https' : 'http'} ${req.url}`;
}

function accepts(req, encoding) {
  return String(req.headers['accept-encoding'] ?? '').includes(encoding);
}

export function createPageCache() {
  const entries = new Map();
  let generation = 0;

  function serve(req, res) {
    if (!isCandidate(req)) return false;
    const entry = entries.get(keyOf(req));
    if (!entry || !accepts(req, entry.encoding)) return false;
    if (entry.headers.etag && req.headers['if-none-match'] === entry.headers.etag) {
      const { 'content-length': _length, 'content-encoding': _encoding, ...headers } = entry.headers;
      void _length;
      void _encoding;
      res.writeHead(304, headers);
      res.end();
      return true;
    }
    res.writeHead(200, entry.headers);
    res.end(entry.body);
    return true;
  }

  /** Watches Next.js answer a candidate request and keeps the answer if it is a static hit. */
  function capture(req, res) {
    if (!isCandidate(req)) return;
    const started = generation;
    const key = keyOf(req);
    const chunks = [];
    let size = 0;
    const write = res.write;
    const end = res.end;
    res.write = function (chunk, ...rest) {
      if (chunk && size <= maxBytes) {
        chunks.push(Buffer.from(chunk));
        size += chunk.length;
      }
      return write.call(this, chunk, ...rest);
    };
    res.end = function (chunk, ...rest) {
      if (chunk && typeof chunk !== 'function' && size <= maxBytes) {
        chunks.push(Buffer.from(chunk));
        size += chunk.length;
      }
      const result = end.call(this, chunk, ...rest);
      const headers = res.getHeaders();
      const storable =
        res.statusCode === 200 &&
        started === generation &&
        size <= maxBytes &&
        headers['x-nextjs-cache'] === 'HIT' &&
        // Only compressed answers are kept: one captured for a client that cannot decompress
        // must not be replayed, uncompressed, to everyone else.
        typeof headers['content-encoding'] === 'string' &&
        String(headers['cache-control'] ?? '').includes('s-maxage=31536000') &&
        String(headers['content-type'] ?? '').startsWith('text/html') &&
        !headers['set-cookie'];
      if (storable) {
        if (entries.size >= maxEntries) entries.delete(entries.keys().next().value);
        const { 'content-length': _length, ...rest } = headers;
        void _length;
        const body = Buffer.concat(chunks);
        entries.set(key, { headers: { ...rest, 'content-length': body.length }, body, encoding: headers['content-encoding'] });
      }
      return result;
    };
  }

  function clear() {
    generation++;
    entries.clear();
  }

  return { serve, capture, clear, get size() { return entries.size; } };
}
