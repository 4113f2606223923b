import { sql, type RawBuilder } from 'kysely';
import { getDb, getDialect } from '../../db/client';
import type { ArticleSummary } from '../schema';
import { idsByDate, paginate, paginateIds, type Listing, type Page } from './listings';
import { publishedArticles } from './summaries';

// Search: published articles holding every word of the query, newest first, read so that its
// cost follows the page asked for, not the archive.
//
// Words are matched whole first. A word found in many articles stays whole: checking the newest
// articles one by one against a whole word is a seek in the index, so the first page comes after
// a few dozen checks. Only when whole words find few articles is each word taken as the start of
// longer ones too ("harb" finds "harbour"): a prefix has to merge the lists of every word it
// begins, which costs as much as those words are common, but then those words are rare.
//
// Past `searchCap` matches the count is a floor ("more than 1,000 results") and only that many
// are paged: counting every match of a common word visited a row per article of the archive.

export const searchCap = 1000;
/** Up to this many matches are read whole and sorted by date; more are walked in date order. */
const fewMatches = 500;

type Words = string[];

/** The query's words: letters and digits only, so no input is ever search syntax. */
function wordsOf(query: string): Words {
  return query
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0)
    .slice(0, 8);
}

/** How one engine's full-text index answers: ids (any order, up to `limit`), and a row filter. */
interface Engine {
  ids(words: Words, prefix: boolean, limit: number): Promise<number[]>;
  /** Whether `articles` (the row in hand) matches: for whole words, a seek per row. */
  matches(words: Words, prefix: boolean): RawBuilder<boolean>;
  /** The published matches, counted up to `cap + 1`. */
  count(words: Words, prefix: boolean, cap: number): Promise<number>;
}

const sqlite: Engine = {
  async ids(words, prefix, limit) {
    const { rows } = await sql<{ rowid: number }>`select rowid from articles_fts
      where articles_fts match ${ftsQuery(words, prefix)} limit ${limit}`.execute(getDb());
    return rows.map((r) => r.rowid);
  },
  matches: (words, prefix) =>
    prefix
      ? // Read from the index once: asked per row, a prefix merges its lists again each time.
        sql<boolean>`articles.id in (select rowid from articles_fts
          where articles_fts match ${ftsQuery(words, true)})`
      : sql<boolean>`exists (select 1 from articles_fts
          where articles_fts match ${ftsQuery(words, false)} and articles_fts.rowid = articles.id)`,
  async count(words, prefix, cap) {
    const { rows } = await sql<{ n: number }>`select count(*) as n from (
      select articles.id from articles_fts cross join articles on articles.id = articles_fts.rowid
      where articles_fts match ${ftsQuery(words, prefix)}
        and articles.status = 'published' and articles.published_at is not null
      limit ${cap + 1})`.execute(getDb());
    return Number(rows[0]!.n);
  },
};

/** Each word as an FTS5 string (so it is never syntax), all of them required. */
function ftsQuery(words: Words, prefix: boolean) {
  return words.map((w) => `"${w}"${prefix ? '*' : ''}`).join(' ');
}

const postgres: Engine = {
  async ids(words, prefix, limit) {
    const rows = await getDb()
      .selectFrom('articles')
      .select('id')
      .where(postgres.matches(words, prefix))
      .limit(limit)
      .execute();
    return rows.map((r) => r.id);
  },
  matches: (words, prefix) =>
    sql<boolean>`search @@ to_tsquery('simple', ${words.map((w) => (prefix ? `${w}:*` : w)).join(' & ')})`,
  async count(words, prefix, cap) {
    const { n } = await getDb()
      .selectFrom(
        publishedArticles()
          .where(postgres.matches(words, prefix))
          .select('articles.id')
          .limit(cap + 1)
          .as('m'),
      )
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(n);
  },
};

function walkedListing(engine: Engine, words: Words, prefix: boolean): Listing {
  return {
    count: async () => {
      const n = await engine.count(words, prefix, searchCap);
      return n > searchCap ? { total: searchCap, capped: true } : { total: n };
    },
    ids: idsByDate(() => publishedArticles().where(engine.matches(words, prefix))),
  };
}

export async function readSearch(query: string, page: number): Promise<Page<ArticleSummary>> {
  const words = wordsOf(query);
  if (words.length === 0) return { items: [], page: 1, pageCount: 1, total: 0 };
  // PostgreSQL's index finds a prefix's articles as cheaply as a word's; its cost is in the rows.
  if (getDialect() === 'postgres') return paginate(walkedListing(postgres, words, true), page);
  const engine = sqlite;
  if ((await engine.ids(words, false, fewMatches + 1)).length > fewMatches)
    return paginate(walkedListing(engine, words, false), page);
  const few = await engine.ids(words, true, fewMatches + 1);
  if (few.length <= fewMatches) return paginateIds(few, page);
  return paginate(walkedListing(engine, words, true), page);
}
