import type { ArticleView } from '../articles/schema';
import { formatBylines } from '../articles/bylines';
import { buildRss } from '../feeds/rss';
import { absoluteUrl, getSite } from '../site';
import { storyText } from '../story/text';
import { updateAnchor } from './anchors';
import type { LivePage } from './read';
import { liveFeedPath } from './urls';

/** A feed of one live coverage's updates, newest first, each linking to its anchor on the page. */
export function liveFeed(article: ArticleView, page: LivePage): string {
  const updates = [...(page.pinned ? [page.pinned] : []), ...page.updates].sort((a, b) => b.postedAt.localeCompare(a.postedAt));
  return buildRss({
    title: `${article.headline}: live updates (${getSite().name})`,
    link: absoluteUrl(article.path),
    selfUrl: absoluteUrl(liveFeedPath(article.id)),
    description: article.dek,
    language: article.language,
    items: updates.map((update) => {
      const text = storyText(update.story);
      return {
        title: update.headline ?? (text.length > 110 ? `${text.slice(0, 109)}…` : text),
        link: absoluteUrl(`${article.path}#${updateAnchor(update.id)}`),
        description: text,
        publishedAt: update.editedAt ?? update.postedAt,
        creator: update.bylines.length > 0 ? formatBylines(update.bylines) : undefined,
      };
    }),
  });
}
