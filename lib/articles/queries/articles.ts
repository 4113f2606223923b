import { getDb } from '../../db/client';
import { parseStoredStory } from '../../story/stored';
import type { ArticleSummary, ArticleView, AuthorView, TagView } from '../schema';
import { paginate, publicAuthors, publicTags, publishedArticles, summaryColumns, toSummaries } from './summaries';

// Uncached reads of published articles, returning plain view objects. queries.ts wraps these
// with cache tags for pages; tests and scripts call them directly.

export type { Page } from './summaries';
export { pageSize } from './summaries';
export * from './indexes';

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
  return paginate(publishedArticles().where('section', '=', section), page);
}

export function readTagPage(tagSlug: string, page: number) {
  return paginate(
    publishedArticles()
      .innerJoin('article_tags as at', 'at.article_id', 'articles.id')
      .innerJoin('tags as t', 't.id', 'at.tag_id')
      .where('t.slug', '=', tagSlug),
    page,
  );
}

export function readAuthorPage(authorSlug: string, page: number) {
  return paginate(
    publishedArticles()
      .innerJoin('article_bylines as ab', 'ab.article_id', 'articles.id')
      .innerJoin('authors as au', 'au.id', 'ab.author_id')
      .where('au.slug', '=', authorSlug),
    page,
  );
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

/** Articles sharing the most tags with this one, then the newest of its section. */
export async function readRelated(article: { id: number; section: string }, limit = 4): Promise<ArticleSummary[]> {
  const byTags = await publishedArticles()
    .innerJoin('article_tags as at', 'at.article_id', 'articles.id')
    .where('at.tag_id', 'in', (eb) =>
      eb.selectFrom('article_tags').select('tag_id').where('article_id', '=', article.id),
    )
    .where('articles.id', '!=', article.id)
    .select(['articles.id', (eb) => eb.fn.countAll<number>().as('shared')])
    .groupBy('articles.id')
    .orderBy('shared', 'desc')
    .orderBy('articles.id', 'desc')
    .limit(limit)
    .execute();
  const ids = byTags.map((r) => r.id);
  if (ids.length < limit) {
    const more = await publishedArticles()
      .select('id')
      .where('section', '=', article.section)
      .where('id', 'not in', [article.id, ...ids])
      .orderBy('published_at', 'desc')
      .limit(limit - ids.length)
      .execute();
    ids.push(...more.map((r) => r.id));
  }
  if (ids.length === 0) return [];
  const rows = await publishedArticles().select(summaryColumns).where('id', 'in', ids).execute();
  const summaries = await toSummaries(rows);
  return ids.map((id) => summaries.find((s) => s.id === id)!).filter(Boolean);
}

