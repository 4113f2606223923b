import { getEnv } from '../env';
import { cdnTagHeaders } from './cdn';
import { MemoryStore } from './memory-store';
import {
  implicitTagPrefix,
  isEmptyDataRead,
  nextCacheTagsHeader,
  type CacheHandlerValue,
  type HandlerGetContext,
  type HandlerSetContext,
  type IncrementalCacheValue,
} from './next-internals';
import { stampHeader } from './expiry-ledger';
import { PendingReads } from './pending-reads';
import { refreshTags } from './refresh';
import { isFresh, readStamp } from './tag-record';

// Next.js's cache handler (next.config.js `cacheHandler`) for pages, route handlers and cached
// data reads. Entries live in this process's memory, each stamped before the reads it was made
// from (lib/cache/expiry-ledger.ts states the invariant); whether one is still fresh is checked
// against the expiries this process has heard from the shared tag record (a memory read), so a
// tag refreshed by any process of any instance is seen by all of them, with no messages.

const maxBytes = 96 * 1024 * 1024;

/**
 * `DATELINE_CACHE=off`: nothing is kept, so every request renders its page from the database,
 * and the page goes out as a stored one would (stamped, tags named, framework scripts removed by
 * server/). For measuring what a render costs (`npm run bench -- --scale`) and for ruling the
 * cache out while debugging; never for serving readers. Read on first use, after Next.js has
 * loaded the .env files, then kept: get() pays nothing per call for it.
 */
let keepsNothing: boolean | undefined;
const isKeepingNothing = () => (keepsNothing ??= getEnv().DATELINE_CACHE === 'off');

interface Entry {
  value: IncrementalCacheValue;
  stamp: number;
  /** For Next.js's own time-based revalidation only; freshness is decided by `stamp`. */
  lastModified: number;
  tags: string[];
  cacheControl?: CacheHandlerValue['cacheControl'];
}

export default class DatelineCacheHandler {
  static readonly store = new MemoryStore<Entry>(maxBytes);
  static readonly pending = new PendingReads();

  async get(key: string, ctx: HandlerGetContext): Promise<CacheHandlerValue | null> {
    if (isKeepingNothing()) return null;
    const { store, pending } = DatelineCacheHandler;
    const entry = store.get(key);
    if (entry && isFresh(requestTags(ctx, entry.tags), entry.stamp)) {
      return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl };
    }
    if (entry) store.delete(key);
    pending.missed(key, readStamp());
    return null;
  }

  async set(key: string, data: IncrementalCacheValue | null, ctx: HandlerSetContext): Promise<void> {
    const keepNothing = isKeepingNothing();
    const stamp = keepNothing ? readStamp() : DatelineCacheHandler.pending.stored(key, data?.kind !== 'FETCH');
    // Only answers worth repeating are kept: a not-found page, an error, or a read that found
    // nothing is made anew for each request, so made-up URLs fill no memory.
    if (!data || !isKeepable(data)) return DatelineCacheHandler.store.delete(key);
    const tags = [...entryTags(data), ...('tags' in ctx && ctx.tags ? ctx.tags : [])];
    const ours = [...new Set(tags)].filter((tag) => !tag.startsWith(implicitTagPrefix));
    if ((data.kind === 'APP_PAGE' || data.kind === 'APP_ROUTE') && ours.length > 0) {
      // Next.js sends an entry's headers with it (this very object, on the render that made
      // it, too), so the page names its tags to CDNs, and its stamp and tags to the front cache.
      data.headers = { ...data.headers, ...cdnTagHeaders(ours), [stampHeader]: String(stamp) };
    }
    if (keepNothing) return;
    const cacheControl = 'cacheControl' in ctx ? ctx.cacheControl : undefined;
    DatelineCacheHandler.store.set(key, { value: data, stamp, lastModified: Date.now(), tags, cacheControl }, sizeOf(data));
  }

  async revalidateTag(tags: string | string[]): Promise<void> {
    await refreshTags(typeof tags === 'string' ? [tags] : tags);
  }

  resetRequestCache(): void {}
}

/** The entry's tags, and for a data read the tags Next.js asks about (the page's own, too). */
function requestTags(ctx: HandlerGetContext, entryTags: string[]): string[] {
  if (ctx.kind !== 'FETCH') return entryTags;
  return [...entryTags, ...(ctx.tags ?? []), ...(ctx.softTags ?? [])];
}

function entryTags(data: IncrementalCacheValue): string[] {
  if (data.kind !== 'APP_PAGE' && data.kind !== 'APP_ROUTE') return [];
  const header = data.headers?.[nextCacheTagsHeader];
  return typeof header === 'string' ? header.split(',').filter(Boolean) : [];
}

function isKeepable(data: IncrementalCacheValue): boolean {
  if (data.kind === 'APP_PAGE' || data.kind === 'APP_ROUTE') return (data.status ?? 200) < 400;
  return data.kind === 'FETCH' && !isEmptyDataRead(data);
}

function sizeOf(data: IncrementalCacheValue): number {
  switch (data.kind) {
    case 'APP_PAGE': {
      let bytes = (data.rscData?.length ?? 0) + Buffer.byteLength(data.html);
      data.segmentData?.forEach((segment) => (bytes += segment.length));
      return bytes;
    }
    case 'APP_ROUTE':
      return data.body.length;
    case 'FETCH':
      return Buffer.byteLength(JSON.stringify(data.data));
    default:
      return 1024 * 1024;
  }
}
