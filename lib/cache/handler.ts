import { readerIslandScript } from '../islands/bundle';
import { isReaderPage, withIslandsOnly } from '../islands/reader-html';
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
import { refreshTags } from './refresh';
import { lastExpiry } from './tag-record';

// Next.js's cache handler (next.config.js `cacheHandler`) for pages, route handlers and cached
// data reads. Entries live in this process's memory; whether one is still fresh is decided by
// the shared tag record (lib/cache/tag-record.ts) on every read, so a tag refreshed by any
// process of any instance is seen by all of them on their next read, with no messages.

const maxBytes = 96 * 1024 * 1024;
/** Instances compare their own clocks with the writer's: allow for a little drift between them. */
const clockDriftMs = process.env.DATABASE_URL ? 1_000 : 0;

interface Entry {
  value: IncrementalCacheValue;
  lastModified: number;
  tags: string[];
  cacheControl?: CacheHandlerValue['cacheControl'];
}

export default class DatelineCacheHandler {
  static readonly store = new MemoryStore<Entry>(maxBytes);
  /** When a read missed, per key: what is rendered after it is only as fresh as that moment. */
  static readonly missedAt = new Map<string, number>();

  async get(key: string, ctx: HandlerGetContext): Promise<CacheHandlerValue | null> {
    const { store } = DatelineCacheHandler;
    const entry = store.get(key);
    if (entry && !(await this.#isExpired(entry, requestTags(ctx)))) {
      return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl };
    }
    if (entry) store.delete(key);
    noteMiss(key);
    return null;
  }

  async set(key: string, data: IncrementalCacheValue | null, ctx: HandlerSetContext): Promise<void> {
    const lastModified = takeMissTime(key);
    // Only answers worth repeating are kept: a not-found page, an error, or a read that found
    // nothing is made anew for each request, so made-up URLs fill no memory.
    if (!data || !isKeepable(data)) return DatelineCacheHandler.store.delete(key);
    const tags = [...entryTags(data), ...('tags' in ctx && ctx.tags ? ctx.tags : [])];
    const ours = [...new Set(tags)].filter((tag) => !tag.startsWith(implicitTagPrefix));
    if ((data.kind === 'APP_PAGE' || data.kind === 'APP_ROUTE') && ours.length > 0) {
      // Next.js sends an entry's headers with it (this very object, on the render that made
      // it, too), so the page names its tags to CDNs and to the front cache (server/).
      data.headers = { ...data.headers, ...cdnTagHeaders(ours) };
    }
    if (data.kind === 'APP_PAGE' && isReaderPage(data.html)) data.html = withIslandsOnly(data.html, await readerIslandScript());
    const cacheControl = 'cacheControl' in ctx ? ctx.cacheControl : undefined;
    DatelineCacheHandler.store.set(key, { value: data, lastModified, tags, cacheControl }, sizeOf(data));
  }

  async revalidateTag(tags: string | string[]): Promise<void> {
    await refreshTags(typeof tags === 'string' ? [tags] : tags);
  }

  resetRequestCache(): void {}

  async #isExpired(entry: Entry, alsoTags: string[]): Promise<boolean> {
    const tags = alsoTags.length > 0 ? [...entry.tags, ...alsoTags] : entry.tags;
    try {
      return (await lastExpiry(tags)) >= entry.lastModified - clockDriftMs;
    } catch (error) {
      // Unsure is stale: render from the database rather than risk serving a takedown.
      console.error('[cache] could not read the tag record:', error);
      return true;
    }
  }
}

function requestTags(ctx: HandlerGetContext): string[] {
  if (ctx.kind !== 'FETCH') return [];
  return [...(ctx.tags ?? []), ...(ctx.softTags ?? [])];
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

function noteMiss(key: string) {
  const { missedAt } = DatelineCacheHandler;
  // Keys read but never written (a failed render) would pile up: start over now and then.
  if (missedAt.size > 10_000) missedAt.clear();
  if (!missedAt.has(key)) missedAt.set(key, Date.now());
}

function takeMissTime(key: string): number {
  const { missedAt } = DatelineCacheHandler;
  const at = missedAt.get(key) ?? Date.now();
  missedAt.delete(key);
  return at;
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
