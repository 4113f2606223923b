import 'server-only';
import { unstable_cache } from 'next/cache';
import { cacheTags } from '../cache-tags';
import { readLivePage, readLiveVersions } from './read';

// Cached reads of a live article's updates for its page, the poll and the feed. They carry the
// coverage's own tag, which every change to an update refreshes (lib/live/actions.ts).

export type { KeyEventView, LivePage, LiveUpdateView } from './read';
export { updatesPerPage } from './read';

export const getLivePage = (articleId: number, page = 1) =>
  unstable_cache(() => readLivePage(articleId, page), ['live-page', String(articleId), String(page)], {
    tags: [cacheTags.live(articleId)],
  })();

export const getLiveVersions = (articleId: number) =>
  unstable_cache(() => readLiveVersions(articleId), ['live-versions', String(articleId)], {
    tags: [cacheTags.live(articleId)],
  })();
