import { sql, type RawBuilder } from 'kysely';
import { getDb, getDialect } from '../../db/client';
import { paginate, paginateIds, readPublishedRows, type Listing, type Page } from './listings';
import { publicAuthors, publicTags, publishedArticles, summaryColumns, toSummaries } from './summaries';
import type { ArticleSummary } from '../schema';

// Reads across all published articles: search, corrections, feeds, and the lists of tags and
// authors behind static params and the pages sitemap. Article addresses are in sitemaps.ts.

/**
 * Published articles matching every word of `query` (each as a prefix), newest first. Past
 * `searchCap` matches the count is a floor ("more than 1,000 results") and only that many are
 * paged: counting every match of a common word cost a row per article of the archive.
 */
export async function readSearch(query: string, page: number): Promise<Page<ArticleSummary>> {
  const terms = query
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0)
    .slice(0, 8);
  if (terms.length === 0) return { items: [], page: 1, pageCount: 1, total: 0 };
  if (getDialect() === 'postgres') {
    const tsquery = terms.map((t) => `${t.replace(/'/g, '')}:*`).join(' & ');
    return paginate(cappedListing(sql<boolean>`search @@ to_tsquery('simple', ${tsquery})`), page);
  }
  // Each term quoted as an FTS5 string and prefix-matched, so user input is never FTS syntax.
  const match = terms.map((t) => `"${t.replace(/"/g, '')}"*`).join(' ');
  // A few matches are looked up by id and sorted. Many are checked along the published articles
  // in date order, against the matches' ids (read from the index once: asked per article, a
  // prefix term merges its whole list again each time): the first twelve, and the capped count,
  // come early.
  const few = await sql<{ rowid: number }>`select rowid from articles_fts
    where articles_fts match ${match} limit ${fewMatches + 1}`.execute(getDb());
  if (few.rows.length <= fewMatches) return paginateIds(few.rows.map((r) => r.rowid), page);
  return paginate(
    cappedListing(sql<boolean>`articles.id in (select rowid from articles_fts
      where articles_fts match ${match})`),
    page,
  );
}

const fewMatches = 500;
export const searchCap = 1000;

function cappedListing(matches: RawBuilder<boolean>): Listing {
  const matching = () => publishedArticles().where(matches);
  return {
    count: async () => {
      const { n } = await getDb()
        .selectFrom(matching().select('articles.id').limit(searchCap + 1).as('m'))
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(n) > searchCap ? { total: searchCap, capped: true } : { total: Number(n) };
    },
    ids: async (direction, limit, offset) =>
      (
        await matching()
          .select('articles.id')
          .orderBy('articles.published_at', direction)
          .orderBy('articles.id', direction)
          .limit(limit)
          .offset(offset)
          .execute()
      ).map((r) => r.id),
  };
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
