import { readPublishedRows } from './listings';
import { publicAuthors, publicTags, publishedArticles, summaryColumns, toSummaries } from './summaries';
import type { ArticleSummary } from '../schema';

// Reads across all published articles: corrections, feeds, and the lists of tags and
// authors behind static params and the pages sitemap. Article addresses are in sitemaps.ts.

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
  return new Map((await toSummaries(await readPublishedRows(ids))).map((s) => [s.id, s]));
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
