import { cacheTags } from '../cache-tags';
import { refreshTags } from '../cache/refresh';

/**
 * Everything that shows a live article's updates is new everywhere when this resolves: its page
 * (every page that read them carries the tag), the poll answer, the feed, and at the CDN.
 */
export async function refreshCoverage(articleId: number): Promise<void> {
  await refreshTags([cacheTags.live(articleId), cacheTags.article(articleId)]);
}
