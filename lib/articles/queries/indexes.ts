import { sql } from 'kysely';
import { getDb, getDialect } from '../../db/client';
import { paginate, paginateIds, readPublishedRows } from './listings';
import { publicAuthors, publicTags, publishedArticles, summaryColumns, toSummaries } from './summaries';
import type { ArticleSummary } from '../schema';

// Reads across all published articles: search, corrections, feeds, and the lists of tags and
// authors behind static params and the pages sitemap. Article addresses are in sitemaps.ts.

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
    const matches = sql<number>`(select rowid from articles_fts where articles_fts match ${match})`;
    // Joined to the articles, the matches are checked along every published article in date
    // order: right when they are many (the first twelve come early), the whole archive when they
    // are few. A few are looked up by id instead.
    const few = await sql<{ rowid: number }>`select rowid from articles_fts
      where articles_fts match ${match} limit ${fewMatches + 1}`.execute(getDb());
    if (few.rows.length <= fewMatches) return paginateIds(few.rows.map((r) => r.rowid), page);
    base = base.where('id', 'in', matches);
  }
  return paginate(base, page);
}

const fewMatches = 500;

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
