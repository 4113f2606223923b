import { escapeXml } from './xml';

export interface SitemapEntry {
  url: string;
  lastModified?: string;
}

export interface NewsEntry {
  url: string;
  title: string;
  publishedAt: string;
  language: string;
}

// Stored times are already in this form; parsing each again (new Date) was most of the time of
// a sitemap's line.
const utcIso = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/** A W3C datetime for `<lastmod>`: the stored time as is, anything else parsed and written in UTC. */
function w3cTime(time: string): string {
  return utcIso.test(time) ? time : new Date(time).toISOString();
}

/** One `<url>` line each: a file of 50,000 is built a page of rows at a time from these. */
export function urlLines(entries: SitemapEntry[]): string {
  return entries
    .map(
      (e) =>
        `  <url><loc>${escapeXml(e.url)}</loc>${e.lastModified ? `<lastmod>${w3cTime(e.lastModified)}</lastmod>` : ''}</url>`,
    )
    .join('\n');
}

/** A urlset around lines made by urlLines. */
export function urlsetOf(lines: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${lines.join('\n')}
</urlset>
`;
}

export function buildUrlset(entries: SitemapEntry[]): string {
  return urlsetOf([urlLines(entries)]);
}

export function buildSitemapIndex(entries: SitemapEntry[]): string {
  const sitemaps = entries
    .map(
      (e) =>
        `  <sitemap><loc>${escapeXml(e.url)}</loc>${e.lastModified ? `<lastmod>${w3cTime(e.lastModified)}</lastmod>` : ''}</sitemap>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${sitemaps}
</sitemapindex>
`;
}

/** Google News sitemap: the publication's name and language, date and title per article. */
export function buildNewsSitemap(publication: string, entries: NewsEntry[]): string {
  const urls = entries
    .map(
      (e) => `  <url>
    <loc>${escapeXml(e.url)}</loc>
    <news:news>
      <news:publication><news:name>${escapeXml(publication)}</news:name><news:language>${escapeXml(e.language)}</news:language></news:publication>
      <news:publication_date>${w3cTime(e.publishedAt)}</news:publication_date>
      <news:title>${escapeXml(e.title)}</news:title>
    </news:news>
  </url>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${urls}
</urlset>
`;
}

/** The protocol's limit of addresses in one file (https://www.sitemaps.org/protocol.html). */
export const urlsPerSitemap = 50_000;
/** The numbered article sitemaps of before the months: /sitemaps/articles/<n>.xml. */
export const articlesPerNumberedSitemap = 5000;
/** Google News takes articles of the last two days, at most 1,000 to a file. */
export const newsWindowMs = 48 * 60 * 60 * 1000;
export const newsMaxEntries = 1000;
