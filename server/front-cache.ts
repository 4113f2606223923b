import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { stampHeader } from '../lib/cache/expiry-ledger';
import { MemoryStore } from '../lib/cache/memory-store';
import { acceptsEncoding } from '../lib/http/accept-encoding';

// Static pages from memory, in front of Next.js: the bytes and headers Next.js answered with,
// replayed without running its request pipeline. Only answers the cache handler made (they name
// their `Cache-Tag` and carry the stamp of the reads they were made from) are kept, and a hit is
// served only while that stamp is fresh for every one of those tags: the same check, against the
// same expiries heard, as Next.js's own cache (lib/cache/expiry-ledger.ts), so this copy is never
// fresher than the entry it was made from, whenever the request that carried it arrived.

export const frontCacheHeader = 'x-dateline-cache';
/** The answers kept, in the order they are offered: each in a copy of its own. */
const kept = ['gzip', 'br', 'identity'];
const maxBytes = 64 * 1024 * 1024;
const maxEntryBytes = 512 * 1024;

interface Entry {
  headers: OutgoingHttpHeaders;
  body: Buffer;
  tags: string[];
  stamp: number;
}

export type IsFresh = (tags: readonly string[], stamp: number) => boolean;

/** What open pages of live coverage poll: kept like a page, though it is JSON. */
export function isPolled(url: string): boolean {
  return url.startsWith('/live/') && /^\/live\/\d+\.json(\?|$)/.test(url);
}

function isCandidate(req: IncomingMessage): boolean {
  const url = req.url ?? '';
  if (req.method !== 'GET') return false;
  const h = req.headers;
  if (h.rsc || h['next-router-prefetch'] || h['next-router-state-tree'] || h['next-action']) return false;
  return !url.startsWith('/editor') && !url.startsWith('/api/') && !url.startsWith('/_next/');
}

// Responses differ by scheme (HSTS is only sent over HTTPS), so that is part of the key. The
// query is not: only static pages are kept, and Next.js renders those the same whatever it says,
// so a shared link's `?utm_source=…` or `?fbclid=…` is answered from memory too.
function keyOf(req: IncomingMessage): string {
  const url = req.url ?? '';
  const query = url.indexOf('?');
  return `${req.headers['x-forwarded-proto'] === 'https' ? 'https' : 'http'} ${query < 0 ? url : url.slice(0, query)}`;
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
  readonly #entries = new MemoryStore<Entry>(maxBytes);

  constructor(private readonly isFresh: IsFresh) {}

  /** Answers from memory when it holds a fresh copy; false means Next.js must answer. */
  serve(req: IncomingMessage, res: ServerResponse): boolean {
    if (!isCandidate(req)) return false;
    const accepted = req.headers['accept-encoding'];
    const page = keyOf(req);
    const encoding = kept.find((coding) => this.#entries.has(`${page} ${coding}`) && acceptsEncoding(accepted, coding));
    if (!encoding) return false;
    const key = `${page} ${encoding}`;
    const entry = this.#entries.get(key)!;
    if (!this.isFresh(entry.tags, entry.stamp)) {
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

  /** Watches Next.js answer a candidate request and keeps the answer if the cache made it. */
  capture(req: IncomingMessage, res: ServerResponse): void {
    if (!isCandidate(req)) return;
    res.setHeader(frontCacheHeader, 'miss');
    const key = keyOf(req);
    const chunks: Buffer[] = [];
    let size = 0;
    let stamp: number | undefined;
    const keep = (chunk: unknown) => {
      if (size > maxEntryBytes || (typeof chunk !== 'string' && !(chunk instanceof Uint8Array))) return;
      const bytes = Buffer.from(chunk);
      chunks.push(bytes);
      size += bytes.length;
    };
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    // The stamp is for this process only: taken off before the headers leave.
    res.writeHead = ((...args: unknown[]) => {
      const header = res.getHeader(stampHeader);
      if (header !== undefined) stamp = Number(header);
      res.removeHeader(stampHeader);
      return writeHead(...args);
    }) as ServerResponse['writeHead'];
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      keep(chunk);
      return write(chunk, ...rest);
    }) as ServerResponse['write'];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (typeof chunk !== 'function') keep(chunk);
      const result = end(chunk, ...rest);
      if (stamp !== undefined && Number.isFinite(stamp)) this.#store(key, res, Buffer.concat(chunks), size, stamp, isPolled(req.url ?? ''));
      return result;
    }) as ServerResponse['end'];
  }

  #store(key: string, res: ServerResponse, body: Buffer, size: number, stamp: number, polled: boolean) {
    const headers = res.getHeaders();
    const tags = tagsOf(headers);
    // Each encoding is a copy of its own: one made for a client that cannot decompress is
    // replayed to such clients only, and a compressed one only to clients that accept it.
    const encoding = String(headers['content-encoding'] ?? 'identity');
    const storable =
      res.statusCode === 200 &&
      tags.length > 0 &&
      size <= maxEntryBytes &&
      kept.includes(encoding) &&
      String(headers['content-type'] ?? '').startsWith(polled ? 'application/json' : 'text/html') &&
      !headers['set-cookie'];
    if (!storable) return;
    const entry: Entry = {
      // Next.js's own cache verdict was about the answer it made; this one is replayed.
      headers: { ...without(headers, 'content-length', 'x-nextjs-cache'), [frontCacheHeader]: 'hit', 'content-length': body.length },
      body,
      tags,
      stamp,
    };
    this.#entries.set(`${key} ${encoding}`, entry, body.length + 2048);
  }

  get size(): number {
    return this.#entries.size;
  }
}
