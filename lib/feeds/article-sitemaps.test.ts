import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPathsSince, readSitemapMonthPaths } from '../articles/queries/sitemaps';
import { articlePath } from '../articles/urls';
import { cacheTags, tagsTouchedBy } from '../cache-tags';
import { closeDb, getDb } from '../db/client';
import { migrateToLatest } from '../db/migrate';
import { getFootprint } from '../newsroom/store';
import { newArticleRow } from '../test/article-row';
import {
  buildArticleNewsSitemap,
  buildArticleSitemapIndex,
  buildMonthSitemap,
  parseArticleSitemapFile,
  uncachedSitemapReads,
  type SitemapReads,
} from './article-sitemaps';
import { newsMaxEntries } from './sitemap';

// The article sitemaps against a real database (SQLite, or PostgreSQL in scripts/test-postgres.mjs),
// in the default time zone, Asia/Jakarta (UTC+7). Each test has months of its own.

const site = 'http://localhost:3000';
const parser = new XMLParser({ ignoreAttributes: false });
const list = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

function parse(xml: string | null) {
  expect(xml).not.toBeNull();
  expect(XMLValidator.validate(xml!)).toBe(true);
  return parser.parse(xml!);
}

async function indexFiles(reads: SitemapReads = uncachedSitemapReads, perFile?: number) {
  const index = parse(await buildArticleSitemapIndex(reads, perFile)).sitemapindex;
  return list<{ loc: string; lastmod?: string }>(index.sitemap);
}

async function monthLocs(
  month: string,
  part = 1,
  reads: SitemapReads = uncachedSitemapReads,
  perFile?: number,
) {
  const xml = await buildMonthSitemap(reads, month, part, perFile);
  return xml === null ? null : list<{ loc: string }>(parse(xml).urlset?.url).map((u) => u.loc);
}

type Status = 'published' | 'draft' | 'unpublished';

/** Articles at the given UTC times; returns each one's id and public URL. */
async function addArticles(times: string[], status: Status = 'published', modifiedAt?: string) {
  if (times.length === 0) return [];
  const rows = times.map((at) => ({
    ...newArticleRow(),
    status,
    published_at: status === 'draft' ? null : at,
    modified_at: modifiedAt ?? at,
  }));
  const inserted = [];
  // Many to a statement, as a test of the news sitemap needs over a thousand.
  for (let i = 0; i < rows.length; i += 200) {
    inserted.push(
      ...(await getDb()
        .insertInto('articles')
        .values(rows.slice(i, i + 200))
        .returning(['id', 'slug', 'section', 'published_at'])
        .execute()),
    );
  }
  return inserted.map((r) => ({
    id: r.id,
    url: r.published_at
      ? `${site}${articlePath({ section: r.section, slug: r.slug, publishedAt: r.published_at }, 'Asia/Jakarta')}`
      : null,
  }));
}

beforeAll(migrateToLatest);
afterAll(closeDb);

describe('the sitemap index', () => {
  it('lists the pages sitemap, then a file per month with published articles, newest first, each with its last change', async () => {
    await addArticles(['2021-01-10T03:00:00.000Z'], 'published', '2021-06-01T00:00:00.000Z');
    await addArticles(['2021-01-20T03:00:00.000Z']);
    await addArticles(['2021-03-05T03:00:00.000Z']);
    await addArticles(['2021-02-10T03:00:00.000Z'], 'draft');
    await addArticles(['2021-02-11T03:00:00.000Z'], 'unpublished');

    const files = await indexFiles();
    const locs = files.map((f) => f.loc);
    expect(locs[0]).toBe(`${site}/sitemaps/pages.xml`);
    const months = locs.filter((l) => /\/2021-0\d/.test(l));
    expect(months).toEqual([
      `${site}/sitemaps/articles/2021-03.xml`,
      `${site}/sitemaps/articles/2021-01.xml`,
    ]);
    expect(files.find((f) => f.loc.endsWith('2021-01.xml'))?.lastmod).toBe(
      '2021-06-01T00:00:00.000Z',
    );
    expect(parseArticleSitemapFile('2021-01.xml')).toEqual({
      kind: 'month',
      month: '2021-01',
      part: 1,
    });
  });
});

describe('a month file', () => {
  it('holds exactly the articles published that month in the publication’s calendar', async () => {
    const inMonth = await addArticles([
      // 1 April 2021, 00:30 in Jakarta: April, though still March in UTC.
      '2021-03-31T17:30:00.000Z',
      '2021-04-15T03:00:00.000Z',
      // 30 April, 23:59 in Jakarta.
      '2021-04-30T16:59:00.000Z',
    ]);
    const [lastOfMarch] = await addArticles(['2021-03-31T16:59:00.000Z']);
    const [firstOfMay] = await addArticles(['2021-04-30T17:00:00.000Z']);
    await addArticles(['2021-04-16T03:00:00.000Z'], 'draft');
    await addArticles(['2021-04-17T03:00:00.000Z'], 'unpublished');

    const locs = await monthLocs('2021-04');
    expect(locs).toEqual(inMonth.map((a) => a.url));
    expect(locs?.[0]).toContain('/2021/04/01/');
    expect(await monthLocs('2021-03')).toContain(lastOfMarch!.url);
    expect(await monthLocs('2021-05')).toEqual([firstOfMay!.url]);
    expect(await monthLocs('2021-06')).toBeNull();
  });

  it('over the limit of a file, is split into numbered parts that together hold the month once', async () => {
    // Two at the very same time: the order (and the page boundaries) fall back on the id.
    const times = [
      '2021-08-01T03:00:00.000Z',
      '2021-08-02T03:00:00.000Z',
      '2021-08-02T03:00:00.000Z',
      '2021-08-03T03:00:00.000Z',
    ];
    times.push('2021-08-04T03:00:00.000Z', '2021-08-05T03:00:00.000Z', '2021-08-06T03:00:00.000Z');
    const articles = await addArticles(times);
    // Three to a file, read two rows at a time, so each part takes several pages.
    const perFile = 3;
    const reads: SitemapReads = {
      ...uncachedSitemapReads,
      monthPaths: (m, p, f) => readSitemapMonthPaths(m, p, f, 2),
    };

    const august = (await indexFiles(reads, perFile))
      .map((f) => f.loc)
      .filter((l) => l.includes('2021-08'));
    expect(august).toEqual(
      ['2021-08.xml', '2021-08-2.xml', '2021-08-3.xml'].map(
        (f) => `${site}/sitemaps/articles/${f}`,
      ),
    );
    const parts = [
      await monthLocs('2021-08', 1, reads, perFile),
      await monthLocs('2021-08', 2, reads, perFile),
      await monthLocs('2021-08', 3, reads, perFile),
    ];
    expect(parts.map((p) => p?.length)).toEqual([3, 3, 1]);
    expect(parts.flat()).toEqual(articles.map((a) => a.url));
    expect(await monthLocs('2021-08', 4, reads, perFile)).toBeNull();
    expect(parseArticleSitemapFile('2021-08-2.xml')).toEqual({
      kind: 'month',
      month: '2021-08',
      part: 2,
    });
    expect(parseArticleSitemapFile('2021-08-1.xml')).toBeNull();
  });

  it('loses an article that is unpublished, and the change refreshes that month’s file', async () => {
    const [kept, taken] = await addArticles([
      '2021-10-05T03:00:00.000Z',
      '2021-10-06T03:00:00.000Z',
    ]);
    expect(await monthLocs('2021-10')).toEqual([kept!.url, taken!.url]);

    const before = await getFootprint(taken!.id);
    await getDb()
      .updateTable('articles')
      .set({ status: 'unpublished' })
      .where('id', '=', taken!.id)
      .execute();
    const tags = tagsTouchedBy(before, await getFootprint(taken!.id));

    expect(await monthLocs('2021-10')).toEqual([kept!.url]);
    expect(tags).toContain(cacheTags.sitemapMonth('2021-10'));
    expect(tags.filter((t) => t.startsWith(cacheTags.sitemapMonth('')))).toEqual([
      cacheTags.sitemapMonth('2021-10'),
    ]);

    await getDb()
      .updateTable('articles')
      .set({ status: 'unpublished' })
      .where('id', '=', kept!.id)
      .execute();
    expect(await monthLocs('2021-10')).toBeNull();
    expect((await indexFiles()).map((f) => f.loc)).not.toContain(
      `${site}/sitemaps/articles/2021-10.xml`,
    );
  });
});

describe('the Google News sitemap', () => {
  it('holds only the last 48 hours, newest first, at most 1,000', async () => {
    const now = Date.now();
    const hoursAgo = (h: number) => new Date(now - h * 3_600_000).toISOString();
    // 1,010 within the window, one just outside it.
    const recent = await addArticles(
      Array.from({ length: newsMaxEntries + 10 }, (_, i) =>
        hoursAgo(47 - (i * 46) / (newsMaxEntries + 10)),
      ),
    );
    const [old] = await addArticles([hoursAgo(48.5)]);

    const read = await readPathsSince(new Date(now - 48 * 3_600_000).toISOString(), newsMaxEntries);
    expect(read).toHaveLength(newsMaxEntries);
    const locs = list<{ loc: string }>(parse(buildArticleNewsSitemap(read, now)).urlset.url).map(
      (u) => u.loc,
    );
    const newestFirst = recent.map((a) => a.url).reverse();
    expect(locs).toEqual(newestFirst.slice(0, newsMaxEntries));
    expect(locs).not.toContain(old!.url);
  });

  it('drops what the window has left since the (cached) read', async () => {
    const [article] = await addArticles([new Date(Date.now() - 3_600_000).toISOString()]);
    const read = await readPathsSince(
      new Date(Date.now() - 2 * 3_600_000).toISOString(),
      newsMaxEntries,
    );
    const locs = (now: number) =>
      list<{ loc: string }>(parse(buildArticleNewsSitemap(read, now)).urlset?.url).map(
        (u) => u.loc,
      );
    expect(locs(Date.now())).toContain(article!.url);
    expect(locs(Date.now() + 48 * 3_600_000)).not.toContain(article!.url);
  });
});
