import 'server-only';
import { unstable_cache } from 'next/cache';
import { cacheTags } from '../cache-tags';
import { readLaunched } from './read';
import { frontArticles, resolveFront, type ResolvedFront } from './resolve';
import { frontReadTags } from './tags';

// Cached reads for the reader's fronts. The launched layout carries the front's own tag, which a
// launch refreshes; the articles it resolves to carry the tags of what they were read from
// (frontReadTags), which publishing, unpublishing or changing an article refreshes.

export type { ResolvedContainer, ResolvedFront, ResolvedSlot } from './resolve';

const getLaunchedFront = (key: string) =>
  unstable_cache(() => readLaunched(key), ['front-launched', key], {
    tags: [cacheTags.front(key)],
  })();

/** The front readers see: its containers with the articles in their slots. */
export async function getFront(key: string): Promise<{ front: ResolvedFront; paths: string[] }> {
  const launched = await getLaunchedFront(key);
  const front = await unstable_cache(
    () => resolveFront(launched.layout),
    ['front', key, String(launched.version)],
    {
      tags: frontReadTags(key, launched.layout),
    },
  )();
  return { front, paths: frontArticles(front).map((a) => a.path) };
}
