import { getDb } from '../../db/client';
import type { ArticleSummary } from '../schema';
import { publishedArticles, summaryColumns, toSummaries, type SummaryRow } from './summaries';

// Pages of listings (a section, a tag, an author, search results), read so that a page deep in
// an archive of 100,000 costs what the first page does. The count behind "page 3 of 40" is the
// one part that grows with the listing: it visits every article listed.

/** Published articles carrying the tag at `slug`. */
export function publishedWithTag(slug: string) {
  const db = getDb();
  return db
    .selectFrom('article_tags as link')
    .crossJoin('articles')
    .whereRef('articles.id', '=', 'link.article_id')
    .where('link.tag_id', '=', db.selectFrom('tags').select('id').where('slug', '=', slug))
    .where('articles.status', '=', 'published')
    .where('articles.published_at', 'is not', null);
}

/** Published articles with the author or desk at `slug` in their byline. */
export function publishedByAuthor(slug: string) {
  const db = getDb();
  return db
    .selectFrom('article_bylines as link')
    .crossJoin('articles')
    .whereRef('articles.id', '=', 'link.article_id')
    .where('link.author_id', '=', db.selectFrom('authors').select('id').where('slug', '=', slug))
    .where('articles.status', '=', 'published')
    .where('articles.published_at', 'is not', null);
}

export interface Page<T> {
  items: T[];
  page: number;
  pageCount: number;
  total: number;
}

export const pageSize = 12;

type Listing =
  | ReturnType<typeof publishedArticles>
  | ReturnType<typeof publishedWithTag>
  | ReturnType<typeof publishedByAuthor>;

export async function paginate(base: Listing, page: number): Promise<Page<ArticleSummary>> {
  // The listings differ only in the tables that filter; the rows are always `articles`.
  const listing = base as ReturnType<typeof publishedArticles>;
  const { total } = await listing
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  const count = Number(total);
  const offset = (page - 1) * pageSize;
  const pageCount = Math.max(1, Math.ceil(count / pageSize));
  if (offset >= count) return { items: [], page, pageCount, total: count };
  // A page in the older half is read from the oldest end, so the deepest page skips as few rows
  // as the first: an offset costs every row it passes over.
  const fromOldest = offset > count / 2;
  const limit = Math.min(pageSize, count - offset);
  const direction = fromOldest ? 'asc' : 'desc';
  // The page's ids first, then its rows: sorting whole rows, whose later columns sit past the
  // story's text, would read every story of a tag to show twelve.
  const picked = await listing
    .select('articles.id')
    .orderBy('articles.published_at', direction)
    .orderBy('articles.id', direction)
    .limit(limit)
    .offset(fromOldest ? count - offset - limit : offset)
    .execute();
  const ids = picked.map((r) => r.id);
  if (fromOldest) ids.reverse();
  return { items: await toSummaries(await readPublishedRows(ids)), page, pageCount, total: count };
}

/** A page of the published articles among `ids` (a few hundred, say), newest first. */
export async function paginateIds(ids: number[], page: number): Promise<Page<ArticleSummary>> {
  const rows =
    ids.length === 0
      ? []
      : await getDb()
          .selectFrom('articles')
          .select(['id', 'status', 'published_at'])
          .where('id', 'in', [...new Set(ids)])
          .execute();
  const newestFirst = rows
    .filter((r) => r.status === 'published' && r.published_at !== null)
    .sort((a, b) =>
      a.published_at! < b.published_at! ? 1 : a.published_at! > b.published_at! ? -1 : b.id - a.id,
    );
  const count = newestFirst.length;
  const onPage = newestFirst.slice((page - 1) * pageSize, page * pageSize).map((r) => r.id);
  return {
    items: await toSummaries(await readPublishedRows(onPage)),
    page,
    pageCount: Math.max(1, Math.ceil(count / pageSize)),
    total: count,
  };
}

/**
 * Published articles' summary rows by id, in the order of `ids`. Published is checked on the rows
 * found, not in the query: beside `status = ?`, SQLite's planner (it has no statistics) prefers
 * walking every published article in the index to looking a dozen up by id.
 */
export async function readPublishedRows(ids: number[]): Promise<SummaryRow[]> {
  if (ids.length === 0) return [];
  const rows = await getDb()
    .selectFrom('articles')
    .select([...summaryColumns, 'status'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  const byId = new Map(
    rows.filter((r) => r.status === 'published' && r.published_at !== null).map((r) => [r.id, r]),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}
