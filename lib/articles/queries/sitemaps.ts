import { getSite } from '../../site';
import { getDb } from '../../db/client';
import { keepCalendar } from './calendar';
import { monthBounds } from './months';
import { publishedArticles } from './summaries';

// The addresses of published articles, for sitemaps and static params. Every read here is
// bounded (a limit, or one month read a page of rows at a time): the archive is never loaded
// whole, whatever its size.

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

const pathColumns = [
  'id',
  'section',
  'slug',
  'headline',
  'language',
  'published_at',
  'modified_at',
] as const;

interface PathRow {
  id: number;
  section: string;
  slug: string;
  headline: string;
  language: string;
  published_at: string | null;
  modified_at: string;
}

const segmentFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * articlePath (lib/articles/urls.ts) for many rows at once: it makes a date formatter per call,
 * about 0.15 ms, which a file of 50,000 addresses cannot afford. sitemaps.test.ts pins the two
 * to the same answer.
 */
export function toPaths(rows: PathRow[], timeZone = getSite().timeZone): PublishedPath[] {
  let format = segmentFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    segmentFormats.set(timeZone, format);
  }
  const dateFormat = format;
  return rows.map((r) => {
    const parts = Object.fromEntries(
      dateFormat.formatToParts(new Date(r.published_at!)).map((p) => [p.type, p.value]),
    );
    return {
      id: r.id,
      section: r.section,
      slug: r.slug,
      headline: r.headline,
      language: r.language,
      publishedAt: r.published_at!,
      modifiedAt: r.modified_at,
      path: `/${r.section}/${parts.year}/${parts.month}/${parts.day}/${r.slug}`,
    };
  });
}

const newestFirst = () =>
  publishedArticles().select(pathColumns).orderBy('published_at', 'desc').orderBy('id', 'desc');

/** The newest published articles' addresses: the pages and share images drawn at build time. */
export async function readLatestPaths(limit: number): Promise<PublishedPath[]> {
  return toPaths(await newestFirst().limit(limit).execute());
}

/** How many articles are published: how many numbered article sitemaps of before there are. */
export async function readPublishedCount(): Promise<number> {
  const row = await publishedArticles()
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Newest first from `offset`: the numbered article sitemaps crawlers knew before the months. */
export async function readPublishedPathsPage(
  offset: number,
  limit: number,
): Promise<PublishedPath[]> {
  return toPaths(await newestFirst().limit(limit).offset(offset).execute());
}

/** Published since `since` (an ISO time), newest first, at most `limit`: the news sitemap. */
export async function readPathsSince(since: string, limit: number): Promise<PublishedPath[]> {
  return toPaths(await newestFirst().where('published_at', '>=', since).limit(limit).execute());
}

export interface SitemapMonth {
  month: string;
  count: number;
  /** The latest change to the month's published articles, or to which of them are published. */
  lastModified: string | null;
}

const keptMonths = () =>
  getDb().selectFrom('sitemap_months').select(['month', 'published', 'last_modified']);

const toMonth = (row: { month: string; published: number | string; last_modified: string | null }) =>
  ({ month: row.month, count: Number(row.published), lastModified: row.last_modified });

/** Every month with a published article, newest first: one read of the kept counts (migration 021). */
export async function readSitemapMonths(): Promise<SitemapMonth[]> {
  await keepCalendar();
  const rows = await keptMonths().where('published', '>', 0).orderBy('month', 'desc').execute();
  return rows.map(toMonth);
}

/** How many articles a month's file lists, and when the last of them changed. */
export async function readSitemapMonth(month: string): Promise<SitemapMonth> {
  await keepCalendar();
  const row = await keptMonths().where('month', '=', month).executeTakeFirst();
  return row ? toMonth(row) : { month, count: 0, lastModified: null };
}

function inMonth(month: string) {
  const { start, end } = monthBounds(month, getSite().timeZone);
  return publishedArticles().where('published_at', '>=', start).where('published_at', '<', end);
}

/**
 * Part `part` (from 1) of a month's published articles, oldest first (so a full part never
 * changes as the month goes on), `perFile` to a part, in pages of `pageRows` rows: the position
 * of the part is skipped once, each next page starts after the last row of the one before.
 */
export async function* readSitemapMonthPaths(
  month: string,
  part: number,
  perFile: number,
  pageRows = 5000,
): AsyncGenerator<PublishedPath[]> {
  const oldestFirst = () =>
    inMonth(month).select(pathColumns).orderBy('published_at').orderBy('id');
  let left = perFile;
  let after: PathRow | undefined;
  while (left > 0) {
    const limit = Math.min(pageRows, left);
    const last = after;
    const rows = await (
      last
        ? oldestFirst().where(({ eb, refTuple, tuple }) =>
            eb(refTuple('published_at', 'id'), '>', tuple(last.published_at!, last.id)),
          )
        : oldestFirst().offset((part - 1) * perFile)
    )
      .limit(limit)
      .execute();
    if (rows.length > 0) yield toPaths(rows);
    if (rows.length < limit) return;
    left -= rows.length;
    after = rows.at(-1);
  }
}
