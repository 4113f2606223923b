import { getDb } from '../../db/client';
import type { ArticleSummary } from '../schema';
import { publishedArticles, summaryColumns, toSummaries, type SummaryRow } from './summaries';

// Pages of listings (a section, a tag, an author, search results), read so that a page of an
// archive of 100,000 costs what it does at 1,000: the count behind "page 3 of 40" is kept by
// triggers (migration 020), and a page is a range of one index, read from whichever end is
// nearer, so the deepest page skips as few entries as the first.

export interface Page<T> {
  items: T[];
  page: number;
  pageCount: number;
  total: number;
  /** Set when `total` is a floor: there are more than that many, and only that many are paged. */
  capped?: boolean;
}

export const pageSize = 12;

type Direction = 'asc' | 'desc';

/** A listing as paginate reads it: how many, and the ids of a stretch of it from either end. */
export interface Listing {
  count(): Promise<{ total: number; capped?: boolean }>;
  ids(direction: Direction, limit: number, offset: number): Promise<number[]>;
}

async function keptCount(listing: string) {
  const row = await getDb()
    .selectFrom('listing_counts')
    .select('published')
    .where('listing', '=', listing)
    .executeTakeFirst();
  return { total: Math.max(0, Number(row?.published ?? 0)) };
}

/** A stretch of `articles` (published ones, filtered further) in date order, from either end. */
export function idsByDate(articles: () => ReturnType<typeof publishedArticles>): Listing['ids'] {
  return async (direction, limit, offset) =>
    (
      await articles()
        .select('articles.id')
        .orderBy('articles.published_at', direction)
        .orderBy('articles.id', direction)
        .limit(limit)
        .offset(offset)
        .execute()
    ).map((r) => r.id);
}

export function sectionListing(section: string): Listing {
  return {
    count: () => keptCount(`section:${section}`),
    ids: idsByDate(() => publishedArticles().where('section', '=', section)),
  };
}

/**
 * Published articles linked to a tag or an author, by the link rows alone: their `listed_at`
 * (the article's date while it is published) orders them, in the index (key, listed_at, article).
 */
function linkListing(link: 'tag' | 'author', id: number | undefined): Listing {
  // Both link tables have these columns; the names are what differ.
  const table = (link === 'tag' ? 'article_tags' : 'article_bylines') as 'article_tags';
  const key = (link === 'tag' ? 'tag_id' : 'author_id') as 'tag_id';
  return {
    count: async () => (id === undefined ? { total: 0 } : keptCount(`${link}:${id}`)),
    ids: async (direction, limit, offset) =>
      id === undefined
        ? []
        : (
            await getDb()
              .selectFrom(table)
              .select('article_id')
              .where(key, '=', id)
              .where('listed_at', 'is not', null)
              .orderBy('listed_at', direction)
              .orderBy('article_id', direction)
              .limit(limit)
              .offset(offset)
              .execute()
          ).map((r) => r.article_id),
  };
}

export async function tagListing(slug: string): Promise<Listing> {
  const tag = await getDb().selectFrom('tags').select('id').where('slug', '=', slug).executeTakeFirst();
  return linkListing('tag', tag?.id);
}

export async function authorListing(slug: string): Promise<Listing> {
  const author = await getDb()
    .selectFrom('authors')
    .select('id')
    .where('slug', '=', slug)
    .executeTakeFirst();
  return linkListing('author', author?.id);
}

export async function paginate(listing: Listing, page: number): Promise<Page<ArticleSummary>> {
  const { total: count, capped } = await listing.count();
  const offset = (page - 1) * pageSize;
  const pageCount = Math.max(1, Math.ceil(count / pageSize));
  const counted = { page, pageCount, total: count, ...(capped ? { capped } : {}) };
  if (offset >= count) return { items: [], ...counted };
  // A page in the older half is read from the oldest end (unless the count is only a floor).
  const fromOldest = !capped && offset > count / 2;
  const limit = Math.min(pageSize, count - offset);
  const ids = await listing.ids(
    fromOldest ? 'asc' : 'desc',
    limit,
    fromOldest ? count - offset - limit : offset,
  );
  if (fromOldest) ids.reverse();
  return { items: await toSummaries(await readPublishedRows(ids)), ...counted };
}

/** A page of `ids`: published articles, newest first, a few hundred at most. */
export async function paginateSorted(ids: number[], page: number): Promise<Page<ArticleSummary>> {
  const onPage = ids.slice((page - 1) * pageSize, page * pageSize);
  return {
    items: await toSummaries(await readPublishedRows(onPage)),
    page,
    pageCount: Math.max(1, Math.ceil(ids.length / pageSize)),
    total: ids.length,
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
