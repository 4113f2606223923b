import { dateSegments } from './dates';

export function articlePath(
  article: { section: string; slug: string; publishedAt: string },
  timeZone: string,
): string {
  const { yyyy, mm, dd } = dateSegments(article.publishedAt, timeZone);
  return `/${article.section}/${yyyy}/${mm}/${dd}/${article.slug}`;
}

export function sectionPath(section: string, page = 1): string {
  return page > 1 ? `/${section}/page/${page}` : `/${section}`;
}

export function tagPath(tag: string, page = 1): string {
  return page > 1 ? `/tag/${tag}/page/${page}` : `/tag/${tag}`;
}

export function authorPath(author: string): string {
  return `/author/${author}`;
}

export function searchPath(query: string): string {
  return `/search?q=${encodeURIComponent(query)}`;
}
