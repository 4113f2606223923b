import 'server-only';
import { revalidateTag } from 'next/cache';
import { tagsTouchedBy, type ArticleFootprint } from '../cache-tags';
import { refreshSiblingProcesses } from '../cache-siblings';
import { shareInvalidation } from '../cache-sync';
import { clearServerPageCache } from '../page-cache';
import { recordEvent } from './editor-store';

/**
 * Refreshes at once every page that shows the article before or after a change (its URL and
 * any old one, front page, section, tag and author pages, feeds, sitemaps), and notes which.
 */
export async function refreshArticlePages(
  articleId: number,
  userId: number | null,
  ...footprints: (ArticleFootprint | null)[]
): Promise<string[]> {
  const tags = tagsTouchedBy(...footprints);
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  clearServerPageCache();
  await Promise.all([refreshSiblingProcesses(tags), shareInvalidation(tags)]);
  await recordEvent(articleId, 'refreshed', tags.join(' '), userId);
  return tags;
}
