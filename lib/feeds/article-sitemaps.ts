import * as read from '../articles/queries/articles';
import type { PublishedPath, SitemapMonth } from '../articles/queries/sitemaps';
import { absoluteUrl, getSite } from '../site';
import {
  buildNewsSitemap,
  buildSitemapIndex,
  newsWindowMs,
  urlLines,
  urlsetOf,
  urlsPerSitemap,
  type SitemapEntry,
} from './sitemap';

// Article sitemaps by month of publication (the publication's calendar, as in article URLs):
// /sitemaps/articles/2026-11.xml, and 2026-11-2.xml … when a month holds more than a file may.
// A past month's file changes only when one of its articles does, so crawlers and caches keep
// it; the index says which changed by its lastmod.

/** The reads the files are made from: cached ones for the routes, uncached for tests and the bench. */
export interface SitemapReads {
  months(): Promise<SitemapMonth[]>;
  month(month: string): Promise<SitemapMonth>;
  monthPaths(month: string, part: number, perFile: number): AsyncIterable<PublishedPath[]>;
}

export const uncachedSitemapReads: SitemapReads = {
  months: read.readSitemapMonths,
  month: read.readSitemapMonth,
  monthPaths: read.readSitemapMonthPaths,
};

export type ArticleSitemapFile =
  { kind: 'month'; month: string; part: number } | { kind: 'numbered'; part: number };

/** The path of part `part` (from 1) of a month's file. */
export function monthSitemapPath(month: string, part = 1): string {
  return `/sitemaps/articles/${month}${part > 1 ? `-${part}` : ''}.xml`;
}

/** "2026-11.xml", "2026-11-2.xml", or the numbered files of before ("3.xml"); anything else is null. */
export function parseArticleSitemapFile(file: string): ArticleSitemapFile | null {
  const month = /^((?:19|20|21)\d\d-(?:0[1-9]|1[0-2]))(?:-([2-9]|[1-9]\d{1,3}))?\.xml$/.exec(file);
  if (month) return { kind: 'month', month: month[1]!, part: Number(month[2] ?? 1) };
  const numbered = /^([1-9]\d{0,3})\.xml$/.exec(file);
  return numbered ? { kind: 'numbered', part: Number(numbered[1]) } : null;
}

const partsOf = (summary: SitemapMonth, perFile: number) => Math.ceil(summary.count / perFile);

/** The index: the pages sitemap, then every month's files, newest first. */
export async function buildArticleSitemapIndex(
  reads: SitemapReads,
  perFile = urlsPerSitemap,
): Promise<string> {
  const months = await reads.months();
  let newest: string | undefined;
  const files: SitemapEntry[] = [];
  for (const m of months) {
    const lastModified = m.lastModified ?? undefined;
    if (lastModified && !(newest && newest >= lastModified)) newest = lastModified;
    for (let part = 1; part <= partsOf(m, perFile); part++) {
      files.push({ url: absoluteUrl(monthSitemapPath(m.month, part)), lastModified });
    }
  }
  return buildSitemapIndex([
    { url: absoluteUrl('/sitemaps/pages.xml'), lastModified: newest },
    ...files,
  ]);
}

/** Part `part` of a month's file, oldest article first; null for a month or part with none. */
export async function buildMonthSitemap(
  reads: SitemapReads,
  month: string,
  part: number,
  perFile = urlsPerSitemap,
): Promise<string | null> {
  // Read before anything is decided: the file takes its cache tag from it, a missing part too.
  const summary = await reads.month(month);
  if (part < 1 || part > partsOf(summary, perFile)) return null;
  const lines: string[] = [];
  for await (const paths of reads.monthPaths(month, part, perFile)) {
    lines.push(
      urlLines(paths.map((p) => ({ url: absoluteUrl(p.path), lastModified: p.modifiedAt }))),
    );
  }
  return urlsetOf(lines);
}

/** The Google News sitemap of articles published within the window before `now`. */
export function buildArticleNewsSitemap(recent: PublishedPath[], now = Date.now()): string {
  // The read may be up to five minutes old (it is cached): the window is applied again here.
  const since = new Date(now - newsWindowMs).toISOString();
  return buildNewsSitemap(
    getSite().name,
    recent
      .filter((p) => p.publishedAt >= since)
      .map((p) => ({
        url: absoluteUrl(p.path),
        title: p.headline,
        publishedAt: p.publishedAt,
        language: p.language,
      })),
  );
}
