import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';

// Static pages from memory, in front of Next.js: the bytes and headers Next.js answered with,
// replayed without running its request pipeline. Only answers that name their cache tags (the
// `Cache-Tag` header lib/cache/handler.ts gives every cached page) are kept, and a hit is served
// only while none of those tags expired after the answer was made: the same shared record
// Next.js's own cache is checked against, so this copy is never fresher or staler than it.

export const frontCacheHeader = 'x-dateline-cache';
const maxEntries = 5_000;
const maxEntryBytes = 512 * 1024;

interface Entry {
  headers: OutgoingHttpHeaders;
  body: Buffer;
  tags: string[];
  /** When the request that produced it arrived: it is at most as fresh as that. */
  madeAt: number;
  encoding: string;
}

type LastExpiry = (tags: readonly string[]) => Promise<number>;

function isCandidate(req: IncomingMessage): boolean {
  const url = req.url ?? '';
  if (req.method !== 'GET' || url.includes('?')) return false;
  const h = req.headers;
  if (h.rsc || h['next-router-prefetch'] || h['next-router-state-tree'] || h['next-action']) return false;
  return !url.startsWith('/editor') && !url.startsWith('/api/') && !url.startsWith('/_next/');
}

// Responses differ by scheme (HSTS is only sent over HTTPS), so that is part of the key.
function keyOf(req: IncomingMessage): string {
  return `${req.headers['x-forwarded-proto'] === 'https' ? 'https' : 'http'} ${req.url}`;
}

function tagsOf(headers: OutgoingHttpHeaders): string[] {
  const header = headers['cache-tag'];
  if (typeof header !== 'string' || header === '') return [];
  return header.split(',').map((tag) => decodeURIComponent(tag));
}

function without(headers: OutgoingHttpHeaders, ...names: string[]): OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !names.includes(name)));
}

export class FrontCache {
  readonly #entries = new Map<string, Entry>();

  constructor(private readonly lastExpiry: LastExpiry) {}

  /** Answers from memory when it holds a fresh copy; false means Next.js must answer. */
  async serve(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    if (!isCandidate(req)) return false;
    const key = keyOf(req);
    const entry = this.#entries.get(key);
    if (!entry || !String(req.headers['accept-encoding'] ?? '').includes(entry.encoding)) return false;
    if ((await this.lastExpiry(entry.tags)) >= entry.madeAt) {
      this.#entries.delete(key);
      return false;
    }
    if (entry.headers.etag && req.headers['if-none-match'] === entry.headers.etag) {
      res.writeHead(304, without(entry.headers, 'content-length', 'content-encoding'));
      res.end();
      return true;
    }
    res.writeHead(200, entry.headers);
    res.end(entry.body);
    return true;
  }

  /** Watches Next.js answer a candidate request and keeps the answer if it names its tags. */
  capture(req: IncomingMessage, res: ServerResponse): void {
    if (!isCandidate(req)) return;
    res.setHeader(frontCacheHeader, 'miss');
    const madeAt = Date.now();
    const key = keyOf(req);
    const chunks: Buffer[] = [];
    let size = 0;
    const keep = (chunk: unknown) => {
      if (size > maxEntryBytes || (typeof chunk !== 'string' && !(chunk instanceof Uint8Array))) return;
      const bytes = Buffer.from(chunk);
      chunks.push(bytes);
      size += bytes.length;
    };
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      keep(chunk);
      return write(chunk, ...rest);
    }) as ServerResponse['write'];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (typeof chunk !== 'function') keep(chunk);
      const result = end(chunk, ...rest);
      this.#store(key, res, Buffer.concat(chunks), size, madeAt);
      return result;
    }) as ServerResponse['end'];
  }

  #store(key: string, res: ServerResponse, body: Buffer, size: number, madeAt: number) {
    const headers = res.getHeaders();
    const tags = tagsOf(headers);
    const encoding = headers['content-encoding'];
    const storable =
      res.statusCode === 200 &&
      tags.length > 0 &&
      size <= maxEntryBytes &&
      // Only compressed answers are kept: one made for a client that cannot decompress must not
      // be replayed, uncompressed, to everyone else.
      typeof encoding === 'string' &&
      String(headers['content-type'] ?? '').startsWith('text/html') &&
      !headers['set-cookie'];
    if (!storable) return;
    if (this.#entries.size >= maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(key, {
      // Next.js's own cache verdict was about the answer it made; this one is replayed.
      headers: { ...without(headers, 'content-length', 'x-nextjs-cache'), [frontCacheHeader]: 'hit', 'content-length': body.length },
      body,
      tags,
      madeAt,
      encoding,
    });
  }

  get size(): number {
    return this.#entries.size;
  }
}
