import { getDb } from '../../db/client';
import { parseStoredStory } from '../../story/stored';
import type { ArticleSummary, ArticleView, AuthorView, TagView } from '../schema';
import { sections, type Section } from '../sections';
import { authorListing, paginate, readPublishedRows, sectionListing, tagListing } from './listings';
import { publicAuthors, publicTags, publishedArticles, summaryColumns, toSummaries } from './summaries';

// Uncached reads of published articles, returning plain view objects. queries.ts wraps these
// with cache tags for pages; tests and scripts call them directly.

export type { Page } from './listings';
export { pageSize } from './listings';
export * from './indexes';
export * from './search';
export * from './sitemaps';

export async function readLatest(limit: number, offset = 0): Promise<ArticleSummary[]> {
  const rows = await publishedArticles()
    .select(summaryColumns)
    .orderBy('published_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  return toSummaries(rows);
}

export function readSectionPage(section: string, page: number) {
  return paginate(sectionListing(section), page);
}

/** A section's newest articles, without the count a page of it needs. */
export async function readSectionLatest(section: string, limit: number): Promise<ArticleSummary[]> {
  const rows = await publishedArticles()
    .select(summaryColumns)
    .where('section', '=', section)
    .orderBy('published_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return toSummaries(rows);
}

export interface FrontPage {
  lead: ArticleSummary | null;
  secondary: ArticleSummary[];
  latest: ArticleSummary[];
  blocks: { section: Section; articles: ArticleSummary[] }[];
}

export async function readFrontPage(): Promise<FrontPage> {
  const [lead, ...rest] = await readLatest(12);
  const blocks = await Promise.all(
    sections.map(async (section) => ({ section, articles: await readSectionLatest(section.slug, 4) })),
  );
  return { lead: lead ?? null, secondary: rest.slice(0, 3), latest: rest.slice(3), blocks };
}

export async function readTagPage(tagSlug: string, page: number) {
  return paginate(await tagListing(tagSlug), page);
}

export async function readAuthorPage(authorSlug: string, page: number) {
  return paginate(await authorListing(authorSlug), page);
}

/** A tag, if a published article carries it: a tag only on drafts is nobody's business yet. */
export async function readTag(slug: string): Promise<TagView | null> {
  return (await publicTags().select(['slug', 'name']).where('slug', '=', slug).executeTakeFirst()) ?? null;
}

/** An author or desk, if they have a published article: a byline only on drafts stays private. */
export async function readAuthor(slug: string): Promise<AuthorView | null> {
  const row = await publicAuthors().select(['slug', 'name', 'type', 'bio', 'role', 'photo_src']).where('slug', '=', slug).executeTakeFirst();
  if (!row) return null;
  const { photo_src: photoSrc, ...rest } = row;
  return { ...rest, photoSrc };
}

/** The published article at a URL, or where an old URL of it now lives. */
export async function readArticleAt(path: string): Promise<
  { kind: 'article'; article: ArticleView } | { kind: 'moved'; to: string } | null
> {
  const slug = path.split('/').pop() ?? '';
  const candidates = await publishedArticles().select('id').where('slug', '=', slug).execute();
  for (const { id } of candidates) {
    const article = await readArticleById(id);
    if (article?.path === path) return { kind: 'article', article };
  }
  const redirect = await getDb().selectFrom('redirects').select('article_id').where('path', '=', path).executeTakeFirst();
  if (redirect) {
    const article = await readArticleById(redirect.article_id);
    if (article && article.path !== path) return { kind: 'moved', to: article.path };
  }
  return null;
}

export async function readArticleById(id: number): Promise<ArticleView | null> {
  const row = await publishedArticles().selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const [summary] = await toSummaries([row]);
  const tags = await getDb()
    .selectFrom('article_tags as at')
    .innerJoin('tags as t', 't.id', 'at.tag_id')
    .select(['t.slug', 't.name'])
    .where('at.article_id', '=', id)
    .orderBy('at.position')
    .execute();
  const corrections = await getDb()
    .selectFrom('corrections')
    .select(['kind', 'text', 'published_at'])
    .where('article_id', '=', id)
    .orderBy('published_at')
    .execute();
  return {
    ...summary!,
    story: parseStoredStory(row.body),
    dateline: { city: row.dateline_city, country: row.dateline_country },
    tags,
    corrections: corrections.map((c) => ({ kind: c.kind, text: c.text, publishedAt: c.published_at })),
    modifiedAt: row.modified_at,
    seoTitle: row.seo_title,
    seoDescription: row.seo_description,
  };
}

/** How many articles of each tag are weighed for "related". */
export const relatedCandidatesPerTag = 200;

/**
 * Articles sharing the most tags with this one, then the newest of its section. The candidates
 * are each tag's latest published articles, not all of them: counting shared tags over every
 * article of a popular tag cost a row for a good share of the archive on every article page.
 */
export async function readRelated(article: { id: number; section: string }, limit = 4): Promise<ArticleSummary[]> {
  const db = getDb();
  const tags = await db.selectFrom('article_tags').select('tag_id').where('article_id', '=', article.id).execute();
  const shared = new Map<number, number>();
  for (const { tag_id: tagId } of tags) {
    const rows = await db
      .selectFrom('article_tags')
      .select('article_id')
      .where('tag_id', '=', tagId)
      .where('article_id', '!=', article.id)
      .where('listed_at', 'is not', null)
      .orderBy('listed_at', 'desc')
      .orderBy('article_id', 'desc')
      .limit(relatedCandidatesPerTag)
      .execute();
    for (const { article_id: id } of rows) shared.set(id, (shared.get(id) ?? 0) + 1);
  }
  const ids = [...shared]
    .sort(([idA, a], [idB, b]) => b - a || idB - idA)
    .slice(0, limit)
    .map(([id]) => id);
  if (ids.length < limit) {
    const more = await publishedArticles()
      .select('id')
      .where('section', '=', article.section)
      .where('id', 'not in', [article.id, ...ids])
      .orderBy('published_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit - ids.length)
      .execute();
    ids.push(...more.map((r) => r.id));
  }
  return toSummaries(await readPublishedRows(ids));
}
