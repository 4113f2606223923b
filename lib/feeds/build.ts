import 'server-only';
import { formatBylines } from '../articles/bylines';
import {
  getPublishedCount,
  getSitemapMonth,
  getSitemapMonths,
  listAuthorSlugs,
  listCorrections,
  listFeedArticles,
  listPublishedPathsPage,
  listRecentPaths,
  listSitemapMonthPaths,
  listTagSlugs,
} from '../articles/queries';
import type { ArticleSummary } from '../articles/schema';
import { findSection, sections } from '../articles/sections';
import { authorPath, sectionPath, tagPath } from '../articles/urls';
import { absoluteUrl, getSite } from '../site';
import {
  buildArticleNewsSitemap,
  buildArticleSitemapIndex,
  buildMonthSitemap,
  type ArticleSitemapFile,
  type SitemapReads,
} from './article-sitemaps';
import { buildRss, type RssItem } from './rss';
import { articlesPerNumberedSitemap, buildUrlset, newsMaxEntries, newsWindowMs } from './sitemap';

const cachedReads: SitemapReads = {
  months: getSitemapMonths,
  month: getSitemapMonth,
  monthPaths: listSitemapMonthPaths,
};

function articleItem(a: ArticleSummary): RssItem {
  return {
    title: a.headline,
    link: absoluteUrl(a.path),
    description: a.dek,
    publishedAt: a.publishedAt,
    categories: [a.sectionName],
    creator: formatBylines(a.bylines),
  };
}

export async function siteFeed(): Promise<string> {
  const site = getSite();
  return buildRss({
    title: site.name,
    link: `${site.url}/`,
    selfUrl: absoluteUrl('/feed.xml'),
    description: site.tagline,
    language: site.language,
    items: (await listFeedArticles(null)).map(articleItem),
  });
}

export async function sectionFeed(slug: string): Promise<string | null> {
  const section = findSection(slug);
  if (!section) return null;
  const site = getSite();
  return buildRss({
    title: `${section.name} | ${site.name}`,
    link: absoluteUrl(sectionPath(slug)),
    selfUrl: absoluteUrl(`/${slug}/feed.xml`),
    description: section.description,
    language: site.language,
    items: (await listFeedArticles(slug)).map(articleItem),
  });
}

export async function correctionsFeed(): Promise<string> {
  const site = getSite();
  const corrections = await listCorrections();
  return buildRss({
    title: `Corrections | ${site.name}`,
    link: absoluteUrl('/corrections'),
    selfUrl: absoluteUrl('/corrections/feed.xml'),
    description: `Corrections and clarifications published by ${site.name}.`,
    language: site.language,
    items: corrections.map((c) => ({
      title: `${c.kind === 'correction' ? 'Correction' : 'Clarification'}: ${c.article.headline}`,
      // Each correction is its own item, so its link carries the correction's date.
      link: `${absoluteUrl(c.article.path)}#corrections-heading`,
      description: c.text,
      publishedAt: c.publishedAt,
      categories: [c.kind],
    })),
  });
}

export function sitemapIndex(): Promise<string> {
  return buildArticleSitemapIndex(cachedReads);
}

export async function pagesSitemap(): Promise<string> {
  const site = getSite();
  const [tags, authors] = await Promise.all([listTagSlugs(), listAuthorSlugs()]);
  return buildUrlset([
    { url: `${site.url}/` },
    ...sections.map((s) => ({ url: absoluteUrl(sectionPath(s.slug)) })),
    ...tags.map((t) => ({ url: absoluteUrl(tagPath(t)) })),
    ...authors.map((a) => ({ url: absoluteUrl(authorPath(a)) })),
    { url: absoluteUrl('/corrections') },
  ]);
}

/** A file of /sitemaps/articles/: a month's (or part of one), or a numbered one of before. */
export async function articlesSitemap(file: ArticleSitemapFile): Promise<string | null> {
  if (file.kind === 'month') return buildMonthSitemap(cachedReads, file.month, file.part);
  // The numbered files are no longer in the index; crawlers that knew them still get them,
  // newest first as before, a bounded read each. The count is read in every case: the file
  // takes its cache tag from it.
  const parts = Math.max(1, Math.ceil((await getPublishedCount()) / articlesPerNumberedSitemap));
  if (file.part > parts) return null;
  const per = articlesPerNumberedSitemap;
  const paths = await listPublishedPathsPage((file.part - 1) * per, per);
  return buildUrlset(paths.map((p) => ({ url: absoluteUrl(p.path), lastModified: p.modifiedAt })));
}

export async function newsSitemap(now = Date.now()): Promise<string> {
  return buildArticleNewsSitemap(await listRecentPaths(newsWindowMs, newsMaxEntries), now);
}
