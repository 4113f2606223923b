// Every cache tag in the app is built here, so a change in the editor can name exactly what
// it touched. Pages pick these up through the cached reads in lib/*/queries.ts.
export const cacheTags = {
  /** Any list of articles: front page, sections, tags, authors, search, feeds, sitemaps. */
  articleLists: 'article-lists',
  article: (id: number) => `article:${id}`,
  section: (slug: string) => `section:${slug}`,
  tag: (slug: string) => `tag:${slug}`,
  author: (slug: string) => `author:${slug}`,
  corrections: 'corrections',
} as const;
