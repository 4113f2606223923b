import { sql } from 'kysely';
import { getDialect } from '../../db/client';
import { getSite } from '../../site';
import { paginate, publicAuthors, publicTags, publishedArticles, summaryColumns, toSummaries } from './summaries';
import type { ArticleSummary } from '../schema';
import { articlePath } from '../urls';

// Reads across all published articles: search, corrections, and the indexes behind static
// params, feeds and sitemaps.

export async function readSearch(query: string, page: number): ReturnType<typeof paginate> {
  const terms = query
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0)
    .slice(0, 8);
  if (terms.length === 0) return { items: [], page: 1, pageCount: 1, total: 0 };
  let base = publishedArticles();
  if (getDialect() === 'postgres') {
    const tsquery = terms.map((t) => `${t.replace(/'/g, '')}:*`).join(' & ');
    base = base.where(sql<boolean>`search @@ to_tsquery('simple', ${tsquery})`);
  } else {
    // Each term quoted as an FTS5 string and prefix-matched, so user input is never FTS syntax.
    const match = terms.map((t) => `"${t.replace(/"/g, '')}"*`).join(' ');
    base = base.where('id', 'in', sql<number>`(select rowid from articles_fts where articles_fts match ${match})`);
  }
  return paginate(base, page);
}

export async function readCorrections(limit = 100) {
  const rows = await publishedArticles()
    .innerJoin('corrections as c', 'c.article_id', 'articles.id')
    .select(['articles.id', 'c.kind', 'c.text', 'c.published_at as correctedAt'])
    .orderBy('c.published_at', 'desc')
    .limit(limit)
    .execute();
  const summaries = await readSummariesByIds([...new Set(rows.map((r) => r.id))]);
  return rows.map((r) => ({
    kind: r.kind,
    text: r.text,
    publishedAt: r.correctedAt,
    article: summaries.get(r.id)!,
  }));
}

async function readSummariesByIds(ids: number[]): Promise<Map<number, ArticleSummary>> {
  if (ids.length === 0) return new Map();
  const rows = await publishedArticles().select(summaryColumns).where('id', 'in', ids).execute();
  return new Map((await toSummaries(rows)).map((s) => [s.id, s]));
}

export interface PublishedPath {
  id: number;
  path: string;
  section: string;
  slug: string;
  headline: string;
  language: string;
  publishedAt: string;
  modifiedAt: string;
}

/** Every published article's address, newest first: for static params, sitemaps and feeds. */
export async function readAllPublishedPaths(): Promise<PublishedPath[]> {
  const rows = await publishedArticles()
    .select(['id', 'section', 'slug', 'headline', 'language', 'published_at', 'modified_at'])
    .orderBy('published_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const { timeZone } = getSite();
  return rows.map((r) => ({
    id: r.id,
    section: r.section,
    slug: r.slug,
    headline: r.headline,
    language: r.language,
    publishedAt: r.published_at!,
    modifiedAt: r.modified_at,
    path: articlePath({ section: r.section, slug: r.slug, publishedAt: r.published_at! }, timeZone),
  }));
}

export async function readFeedArticles(section: string | null, limit = 30): Promise<ArticleSummary[]> {
  let query = publishedArticles().select(summaryColumns);
  if (section) query = query.where('section', '=', section);
  const rows = await query.orderBy('published_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  return toSummaries(rows);
}

export async function readAllTagSlugs(): Promise<string[]> {
  const rows = await publicTags().select('slug').execute();
  return rows.map((r) => r.slug);
}

export async function readAllAuthorSlugs(): Promise<string[]> {
  const rows = await publicAuthors().select('slug').execute();
  return rows.map((r) => r.slug);
}
