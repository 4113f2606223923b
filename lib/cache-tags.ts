// Every cache tag in the app is built here, so a change in the editor can name exactly what
// it touched. Pages pick these up through the cached reads in lib/articles/queries/index.ts.
export const cacheTags = {
  /** One article's page (by URL, so an old URL is refreshed into a redirect) and its share image. */
  articlePath: (path: string) => `path:${path}`,
  article: (id: number) => `article:${id}`,
  frontPage: 'front-page',
  section: (slug: string) => `section:${slug}`,
  tag: (slug: string) => `tag:${slug}`,
  author: (slug: string) => `author:${slug}`,
  /** Lists of every tag and author (static params, pages sitemap). */
  directory: 'directory',
  feeds: 'feeds',
  /** The sitemap index, the news sitemap and the numbered article sitemaps of before. */
  sitemaps: 'sitemaps',
  /** One month's article sitemap ("2026-11", the publication's calendar), all its parts. */
  sitemapMonth: (month: string) => `sitemap-month:${month}`,
  corrections: 'corrections',
  /** A live article's updates: its page, its poll answer and its feed of updates. */
  live: (articleId: number) => `live:${articleId}`,
  /** A front's launched layout (lib/fronts): the home page ('home') or a section's ('section:<slug>'). */
  front: (key: string) => `front:${key}`,
} as const;

export interface ArticleFootprint {
  id: number;
  path: string | null;
  section: string;
  tags: string[];
  authors: string[];
  hasCorrections?: boolean;
}

/**
 * "2026-11" from "/world/2026/11/28/slug": an article's URL names its month in the publication's
 * calendar (lib/articles/urls.ts), the month whose sitemap file lists it.
 */
function monthInPath(path: string): string | null {
  const match = /^\/[^/]+\/(\d{4})\/(\d{2})\/\d{2}\/[^/]+$/.exec(path);
  return match ? `${match[1]}-${match[2]}` : null;
}

/** The tags of everything that shows an article, before and after a change. */
export function tagsTouchedBy(...footprints: (ArticleFootprint | null)[]): string[] {
  const tags = new Set<string>([cacheTags.frontPage, cacheTags.feeds, cacheTags.sitemaps, cacheTags.directory]);
  for (const f of footprints) {
    if (!f) continue;
    tags.add(cacheTags.article(f.id));
    if (f.path) tags.add(cacheTags.articlePath(f.path));
    const month = f.path ? monthInPath(f.path) : null;
    if (month) tags.add(cacheTags.sitemapMonth(month));
    tags.add(cacheTags.section(f.section));
    f.tags.forEach((t) => tags.add(cacheTags.tag(t)));
    f.authors.forEach((a) => tags.add(cacheTags.author(a)));
    if (f.hasCorrections) tags.add(cacheTags.corrections);
  }
  return [...tags];
}

/**
 * The tags of everything that shows a person or desk after their profile changed: their page and
 * the pages of their published articles (the byline and its structured data). A new name also
 * shows wherever those articles are listed, so then everything that shows them is refreshed.
 */
export function tagsTouchedByAuthor(slug: string, bylined: ArticleFootprint[], { isRenamed }: { isRenamed: boolean }): string[] {
  const tags = new Set<string>([cacheTags.author(slug)]);
  if (isRenamed && bylined.length > 0) tagsTouchedBy(...bylined).forEach((t) => tags.add(t));
  for (const f of bylined) {
    tags.add(cacheTags.article(f.id));
    if (f.path) tags.add(cacheTags.articlePath(f.path));
  }
  return [...tags];
}
