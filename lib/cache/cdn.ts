// Internet scale is a CDN in front, told what to purge by the same tags the app refreshes.
// Pages name their tags in `Cache-Tag` (comma-separated: Cloudflare, Akamai) and
// `Surrogate-Key` (space-separated: Fastly, Varnish); on every refresh the tags are POSTed as
// JSON to CDN_PURGE_URL, where a small adapter (or the CDN's own API) purges them.

const purgeTimeoutMs = 5_000;

type CdnSettings = Partial<Record<'CDN_PURGE_URL' | 'CDN_PURGE_TOKEN', string>> & Record<string, string | undefined>;

/**
 * Cache-Control for a static page. Browsers check back every time (a 304 from memory costs
 * little); a shared cache may keep it for a day when it is told what to purge (CDN_PURGE_URL),
 * for a minute otherwise, and serve it briefly stale while it fetches a new copy. What open
 * pages poll (live coverage) is kept for seconds only, purge or not: it is the one thing readers
 * wait on, and a CDN that misses a purge must not hold an update back for long.
 */
export function cdnCacheControl(env: CdnSettings = process.env, { polled = false } = {}): string {
  if (polled) return 'public, max-age=0, s-maxage=5, stale-while-revalidate=5';
  const sharedSeconds = env.CDN_PURGE_URL ? 86_400 : 60;
  return `public, max-age=0, s-maxage=${sharedSeconds}, stale-while-revalidate=30`;
}

/** The response headers that name a page's cache tags for a CDN. */
export function cdnTagHeaders(tags: readonly string[]): Record<string, string> {
  const names = tags.map(headerSafe).filter(Boolean);
  return { 'cache-tag': names.join(','), 'surrogate-key': names.join(' ') };
}

/** Tags as they appear in headers: printable ASCII without separators (URL paths may hold more). */
export function headerSafe(tag: string): string {
  return encodeURI(tag).replace(/[,\s"]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * Tells the CDN to drop everything carrying `tags`. Does nothing without CDN_PURGE_URL; a CDN
 * that cannot be reached is logged, never fatal: the app's own caches are already fresh.
 */
export async function purgeCdn(tags: readonly string[], env: CdnSettings = process.env): Promise<boolean> {
  const url = env.CDN_PURGE_URL;
  if (!url || tags.length === 0) return false;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (env.CDN_PURGE_TOKEN) headers.authorization = `Bearer ${env.CDN_PURGE_TOKEN}`;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ tags: tags.map(headerSafe) }),
      signal: AbortSignal.timeout(purgeTimeoutMs),
    });
    if (!response.ok) console.error(`[cache] CDN purge answered ${response.status}`);
    return response.ok;
  } catch (error) {
    console.error('[cache] CDN purge failed:', error);
    return false;
  }
}
