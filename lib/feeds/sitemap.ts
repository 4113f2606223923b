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

export function buildUrlset(entries: SitemapEntry[]): string {
  const urls = entries
    .map(
      (e) =>
        `  <url><loc>${escapeXml(e.url)}</loc>${e.lastModified ? `<lastmod>${new Date(e.lastModified).toISOString()}</lastmod>` : ''}</url>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls}
</urlset>
`;
}

export function buildSitemapIndex(entries: SitemapEntry[]): string {
  const sitemaps = entries
    .map(
      (e) =>
        `  <sitemap><loc>${escapeXml(e.url)}</loc>${e.lastModified ? `<lastmod>${new Date(e.lastModified).toISOString()}</lastmod>` : ''}</sitemap>`,
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
      <news:publication_date>${new Date(e.publishedAt).toISOString()}</news:publication_date>
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

export const articlesPerSitemap = 5000;
export const newsWindowMs = 48 * 60 * 60 * 1000;
export const newsMaxEntries = 1000;
