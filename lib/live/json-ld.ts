import { bylineJsonLd, newsArticleJsonLd } from '../articles/json-ld';
import type { ArticleView, LiveState } from '../articles/schema';
import { absoluteUrl } from '../site';
import { storyText } from '../story/text';
import { updateAnchor } from './anchors';
import type { LivePage } from './read';

/** A headline for an update that has none: its first words (Google asks every update for one). */
function headlineOf(update: { headline: string | null; text: string }): string {
  if (update.headline) return update.headline;
  return update.text.length > 110 ? `${update.text.slice(0, 109)}…` : update.text;
}

/**
 * Live coverage as LiveBlogPosting (what earns the red LIVE label in Google's results): the
 * article's NewsArticle data, when coverage started and ended, and the updates on this page as
 * BlogPostings, each with its own anchor.
 */
export function liveBlogJsonLd(article: ArticleView, live: LiveState, page: LivePage) {
  const updates = [...(page.pinned && page.page === 1 ? [page.pinned] : []), ...page.updates];
  const latest = updates.map((u) => u.editedAt ?? u.postedAt).sort().at(-1);
  const article_ = newsArticleJsonLd(article);
  return {
    ...article_,
    '@type': 'LiveBlogPosting',
    dateModified: latest && latest > article_.dateModified ? latest : article_.dateModified,
    coverageStartTime: live.startedAt,
    ...(live.endedAt ? { coverageEndTime: live.endedAt } : {}),
    liveBlogUpdate: updates.map((update) => {
      const text = storyText(update.story);
      return {
        '@type': 'BlogPosting',
        headline: headlineOf({ headline: update.headline, text }),
        articleBody: text,
        datePublished: update.postedAt,
        dateModified: update.editedAt ?? update.postedAt,
        author: update.bylines.length > 0 ? update.bylines.map(bylineJsonLd) : article_.author,
        url: absoluteUrl(`${article.path}#${updateAnchor(update.id)}`),
      };
    }),
  };
}
