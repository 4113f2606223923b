import 'server-only';
import { formatBylines } from '../articles/bylines';
import { listCorrections, listFeedArticles, listPublishedPaths, listAuthorSlugs, listTagSlugs } from '../articles/queries';
import type { ArticleSummary } from '../articles/schema';
import { findSection, sections } from '../articles/sections';
import { authorPath, sectionPath, tagPath } from '../articles/urls';
import { absoluteUrl, getSite } from '../site';
import { buildRss, type RssItem } from './rss';
import {
  articlesPerSitemap,
  buildNewsSitemap,
  buildSitemapIndex,
  buildUrlset,
  newsMaxEntries,
  newsWindowMs,
} from './sitemap';

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

export async function sitemapIndex(): Promise<string> {
  const paths = await listPublishedPaths();
  const parts = Math.max(1, Math.ceil(paths.length / articlesPerSitemap));
  const newest = paths.map((p) => p.modifiedAt).sort().at(-1);
  return buildSitemapIndex([
    { url: absoluteUrl('/sitemaps/pages.xml'), lastModified: newest },
    ...Array.from({ length: parts }, (_, i) => ({ url: absoluteUrl(`/sitemaps/articles/${i + 1}.xml`), lastModified: newest })),
  ]);
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

export async function articlesSitemap(part: number): Promise<string | null> {
  const paths = await listPublishedPaths();
  const slice = paths.slice((part - 1) * articlesPerSitemap, part * articlesPerSitemap);
  if (part < 1 || (slice.length === 0 && part > 1)) return null;
  return buildUrlset(slice.map((p) => ({ url: absoluteUrl(p.path), lastModified: p.modifiedAt })));
}

export async function newsSitemap(now = Date.now()): Promise<string> {
  const since = new Date(now - newsWindowMs).toISOString();
  const recent = (await listPublishedPaths()).filter((p) => p.publishedAt >= since).slice(0, newsMaxEntries);
  return buildNewsSitemap(
    getSite().name,
    recent.map((p) => ({ url: absoluteUrl(p.path), title: p.headline, publishedAt: p.publishedAt, language: p.language })),
  );
}
