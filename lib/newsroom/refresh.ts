import { tagsTouchedBy, type ArticleFootprint } from '../cache-tags';
import { refreshTags } from '../cache/refresh';
import { recordEvent } from './store';

/**
 * Refreshes at once every page that shows the article before or after a change (its URL and
 * any old one, front page, section, tag and author pages, feeds, sitemaps), and notes which.
 * When this resolves, every process of every instance serves the new pages.
 */
export async function refreshArticlePages(
  articleId: number,
  userId: number | null,
  ...footprints: (ArticleFootprint | null)[]
): Promise<string[]> {
  const tags = tagsTouchedBy(...footprints);
  await refreshTags(tags);
  await recordEvent(articleId, 'refreshed', tags.join(' '), userId);
  return tags;
}
