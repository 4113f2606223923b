import 'server-only';
import { unstable_cache } from 'next/cache';
import { cacheTags } from '../../cache-tags';
import { readAlsoIds, type ReadAlsoCard } from '../../story/read-also';
import type { Story } from '../../story/schema';
import * as read from './articles';

// Cached reads for pages. Each carries the tags that an editor's change to the same data
// revalidates; the key parts name the function so two reads never share an entry.

export type { Page } from './articles';

export const getArticleAt = (path: string) =>
  unstable_cache(() => read.readArticleAt(path), ['article-at', path], {
    tags: [cacheTags.articlePath(path)],
  })();

export const listLatest = (limit: number, offset = 0) =>
  unstable_cache(() => read.readLatest(limit, offset), ['latest', String(limit), String(offset)], {
    tags: [cacheTags.frontPage],
  })();

/**
 * Page `page` of a listing, read (and cached) only when the first page says it exists: a made-up
 * page number costs one cached read of page 1, and leaves nothing behind.
 */
async function existingPage<T>(page: number, readPage: (page: number) => Promise<read.Page<T>>): Promise<read.Page<T>> {
  const first = await readPage(1);
  if (page <= 1) return first;
  return page > first.pageCount ? { ...first, items: [], page } : readPage(page);
}

export const listSectionArticles = (section: string, page = 1) =>
  existingPage(page, (p) =>
    unstable_cache(() => read.readSectionPage(section, p), ['section', section, String(p)], {
      tags: [cacheTags.section(section)],
    })(),
  );

export const listTagArticles = (tag: string, page = 1) =>
  existingPage(page, (p) =>
    unstable_cache(() => read.readTagPage(tag, p), ['tag', tag, String(p)], {
      tags: [cacheTags.tag(tag)],
    })(),
  );

export const listAuthorArticles = (author: string, page = 1) =>
  existingPage(page, (p) =>
    unstable_cache(() => read.readAuthorPage(author, p), ['author', author, String(p)], {
      tags: [cacheTags.author(author)],
    })(),
  );

export const getTag = (slug: string) =>
  unstable_cache(() => read.readTag(slug), ['tag-info', slug], { tags: [cacheTags.tag(slug)] })();

export const getAuthor = (slug: string) =>
  unstable_cache(() => read.readAuthor(slug), ['author-info', slug], { tags: [cacheTags.author(slug)] })();

export const listRelated = (article: { id: number; section: string }) =>
  unstable_cache(() => read.readRelated(article), ['related', String(article.id)], {
    tags: [cacheTags.article(article.id), cacheTags.section(article.section)],
  })();

export const listCorrections = () =>
  unstable_cache(() => read.readCorrections(), ['corrections'], {
    tags: [cacheTags.corrections],
  })();

/** How many articles are published: how many numbered article sitemaps of before there are. */
export const getPublishedCount = () =>
  unstable_cache(() => read.readPublishedCount(), ['published-count'], {
    tags: [cacheTags.sitemaps],
  })();

/** A numbered sitemap's rows: not cached, the file they make is (under getPublishedCount's tag). */
export const listPublishedPathsPage = read.readPublishedPathsPage;

/** Every month with a published article and its kept count: the sitemap index's one read. */
export const getSitemapMonths = () =>
  unstable_cache(() => read.readSitemapMonths(), ['sitemap-months'], {
    tags: [cacheTags.sitemaps],
  })();

/**
 * A month's count and last change, under the month's own tag: a page that reads it (the index,
 * the month's file) is drawn again only when an article of that month changes.
 */
export const getSitemapMonth = (month: string) =>
  unstable_cache(() => read.readSitemapMonth(month), ['sitemap-month', month], {
    tags: [cacheTags.sitemapMonth(month)],
  })();

/**
 * Not cached: up to 50,000 rows would sit in memory twice. The month's file is, as a whole,
 * under the month's tag, which it takes from getSitemapMonth.
 */
export const listSitemapMonthPaths = read.readSitemapMonthPaths;

/**
 * The Google News sitemap's articles: the last 48 hours' at most. The window moves with the
 * clock, so the entry is also read again every five minutes, as the route is.
 */
export const listRecentPaths = (windowMs: number, limit: number) =>
  unstable_cache(
    () => read.readPathsSince(new Date(Date.now() - windowMs).toISOString(), limit),
    ['recent-paths', String(windowMs), String(limit)],
    { tags: [cacheTags.sitemaps], revalidate: 300 },
  )();

export const listTagSlugs = () =>
  unstable_cache(() => read.readAllTagSlugs(), ['tag-slugs'], { tags: [cacheTags.directory] })();

export const listAuthorSlugs = () =>
  unstable_cache(() => read.readAllAuthorSlugs(), ['author-slugs'], { tags: [cacheTags.directory] })();

/** Search is per request and never cached: the page that uses it is dynamic. */
export const searchArticles = (query: string, page = 1) => read.readSearch(query, page);

export const getFrontPage = () =>
  unstable_cache(() => read.readFrontPage(), ['front-page'], { tags: [cacheTags.frontPage] })();

export const getArticleById = (id: number) =>
  unstable_cache(() => read.readArticleById(id), ['article-by-id', String(id)], {
    tags: [cacheTags.article(id)],
  })();

/**
 * The published articles a story's "Read also" cards point to, by id. Each is the article's own
 * cached read, whose tag the page takes on: a page showing a card is drawn again when that
 * article is renamed, moved or taken down.
 */
export async function listReadAlsoCards(story: Story): Promise<Map<number, ReadAlsoCard>> {
  const articles = await Promise.all(readAlsoIds(story).map(getArticleById));
  return new Map(articles.flatMap((a) => (a ? [[a.id, { headline: a.headline, path: a.path }] as const] : [])));
}

export const listFeedArticles = (section: string | null) =>
  unstable_cache(() => read.readFeedArticles(section), ['feed', section ?? '*'], {
    tags: [cacheTags.feeds],
  })();

/**
 * The articles whose pages and share images are drawn at build time: the newest ones (the
 * ones readers and platforms ask for). Older ones are drawn on their first request and kept.
 */
export const listPrerenderedArticles = () => {
  const limit = prerenderLimit();
  return unstable_cache(() => read.readLatestPaths(limit), ['prerendered-paths', String(limit)], {
    tags: [cacheTags.sitemaps],
  })();
};

function prerenderLimit(): number {
  const value = Number(process.env.PRERENDER_RECENT_ARTICLES ?? 1000);
  return Number.isFinite(value) && value >= 0 ? value : 1000;
}
