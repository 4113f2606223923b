// What the cache handler relies on from Next.js beyond its documented interface, in one place.
// lib/cache/next-internals.test.ts fails when an upgrade changes any of it.
import type { CacheHandler, CacheHandlerValue } from 'next/dist/server/lib/incremental-cache';
import type { IncrementalCacheValue } from 'next/dist/server/response-cache';

export type { CacheHandler, CacheHandlerValue, IncrementalCacheValue };
export type HandlerGetContext = Parameters<CacheHandler['get']>[1];
export type HandlerSetContext = Parameters<CacheHandler['set']>[2];

/**
 * The response header in which Next.js keeps a cached page's tags (every tag of every cached
 * read made while rendering it, plus its own implicit path tags) inside the cache entry.
 */
export const nextCacheTagsHeader = 'x-next-cache-tags';

/** Next.js's implicit tags (for revalidatePath) start with this; ours never do. */
export const implicitTagPrefix = '_N_T_';

/**
 * Whether a cached data read (unstable_cache, which keeps its result as JSON text in `body`)
 * found nothing: such answers are not worth a cache entry per made-up URL.
 */
export function isEmptyDataRead(value: IncrementalCacheValue): boolean {
  return value.kind === 'FETCH' && value.data.body === 'null';
}
