import { sql } from 'kysely';
import { getDb, getDialect } from '../db/client';
import type { ArticleRow } from '../db/schema';
import { getSite } from '../site';
import type { ArticleSummary, ArticleView, BylineView, HeroView, TagView } from './schema';
import { findSection } from './sections';
import { articlePath } from './urls';

// Uncached reads of published articles, returning plain view objects. queries.ts wraps these
// with cache tags for pages; tests and scripts call them directly.

const summaryColumns = [
  'id',
  'slug',
  'section',
  'headline',
  'dek',
  'language',
  'published_at',
  'updated_at',
  'hero_src',
  'hero_alt',
  'hero_caption',
  'hero_credit',
  'hero_width',
  'hero_height',
] as const;

type SummaryRow = Pick<ArticleRow, (typeof summaryColumns)[number]>;

function publishedArticles() {
  return getDb()
    .selectFrom('articles')
    .where('articles.status', '=', 'published')
    .where('articles.published_at', 'is not', null);
}

async function bylinesFor(ids: number[]): Promise<Map<number, BylineView[]>> {
  const map = new Map<number, BylineView[]>();
  if (ids.length === 0) return map;
  const rows = await getDb()
    .selectFrom('article_bylines as b')
    .innerJoin('authors as a', 'a.id', 'b.author_id')
    .select(['b.article_id', 'a.name', 'a.slug', 'a.type', 'b.organization'])
    .where('b.article_id', 'in', ids)
    .orderBy('b.article_id')
    .orderBy('b.position')
    .execute();
  for (const row of rows) {
    const list = map.get(row.article_id) ?? [];
    list.push({ name: row.name, slug: row.slug, type: row.type, organization: row.organization });
    map.set(row.article_id, list);
  }
  return map;
}

function heroOf(row: SummaryRow): HeroView | null {
  if (!row.hero_src) return null;
  return {
    src: row.hero_src,
    alt: row.hero_alt ?? '',
    caption: row.hero_caption ?? '',
    credit: row.hero_credit ?? '',
    width: row.hero_width ?? 1600,
    height: row.hero_height ?? 900,
  };
}

async function toSummaries(rows: SummaryRow[]): Promise<ArticleSummary[]> {
  const bylines = await bylinesFor(rows.map((r) => r.id));
  const { timeZone } = getSite();
  return rows.map((row) => {
    const publishedAt = row.published_at!;
    return {
      id: row.id,
      slug: row.slug,
      section: row.section,
      sectionName: findSection(row.section)?.name ?? row.section,
      headline: row.headline,
      dek: row.dek,
      path: articlePath({ section: row.section, slug: row.slug, publishedAt }, timeZone),
      publishedAt,
      updatedAt: row.updated_at,
      bylines: bylines.get(row.id) ?? [],
      hero: heroOf(row),
      language: row.language,
    };
  });
}

export interface Page<T> {
  items: T[];
  page: number;
  pageCount: number;
  total: number;
}

export const pageSize = 12;

async function paginate(
  base: ReturnType<typeof publishedArticles>,
  page: number,
): Promise<Page<ArticleSummary>> {
  const { total } = await base
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  const rows = await base
    .select(summaryColumns.map((c) => `articles.${c}` as const))
    .orderBy('articles.published_at', 'desc')
    .orderBy('articles.id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { items: await toSummaries(rows), page, pageCount: Math.max(1, Math.ceil(Number(total) / pageSize)), total: Number(total) };
}

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

export async function readTag(slug: string): Promise<TagView | null> {
  return (await getDb().selectFrom('tags').select(['slug', 'name']).where('slug', '=', slug).executeTakeFirst()) ?? null;
}

export async function readAuthor(slug: string) {
  return (
    (await getDb()
      .selectFrom('authors')
      .select(['slug', 'name', 'type', 'bio'])
      .where('slug', '=', slug)
      .executeTakeFirst()) ?? null
  );
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
    bodyMd: row.body_md,
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

export async function readSearch(query: string, page: number): Promise<Page<ArticleSummary>> {
  const terms = query
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0)
    .slice(0, 8);
  if (terms.length === 0) return { items: [], page: 1, pageCount: 1, total: 0 };
  let base = publishedArticles();
  if (getDialect() === 'postgres') {
    const tsquery = terms.map((t) => `${t.replace(/'/g, '')}:*`).join(' & ');
    base = base.where(sql<boolean>`search @@ to_tsquery('simple', ${tsquery})`);
  } else {
    // Each term quoted as an FTS5 string and prefix-matched, so user input is never FTS syntax.
    const match = terms.map((t) => `"${t.replace(/"/g, '')}"*`).join(' ');
    base = base.where('id', 'in', sql<number>`(select rowid from articles_fts where articles_fts match ${match})`);
  }
  return paginate(base, page);
}

export async function readCorrections(limit = 100) {
  const rows = await publishedArticles()
    .innerJoin('corrections as c', 'c.article_id', 'articles.id')
    .select(['articles.id', 'c.kind', 'c.text', 'c.published_at as correctedAt'])
    .orderBy('c.published_at', 'desc')
    .limit(limit)
    .execute();
  const summaries = await readSummariesByIds([...new Set(rows.map((r) => r.id))]);
  return rows.map((r) => ({
    kind: r.kind,
    text: r.text,
    publishedAt: r.correctedAt,
    article: summaries.get(r.id)!,
  }));
}

async function readSummariesByIds(ids: number[]): Promise<Map<number, ArticleSummary>> {
  if (ids.length === 0) return new Map();
  const rows = await publishedArticles().select(summaryColumns).where('id', 'in', ids).execute();
  return new Map((await toSummaries(rows)).map((s) => [s.id, s]));
}

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

/** Every published article's address, newest first: for static params, sitemaps and feeds. */
export async function readAllPublishedPaths(): Promise<PublishedPath[]> {
  const rows = await publishedArticles()
    .select(['id', 'section', 'slug', 'headline', 'language', 'published_at', 'modified_at'])
    .orderBy('published_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const { timeZone } = getSite();
  return rows.map((r) => ({
    id: r.id,
    section: r.section,
    slug: r.slug,
    headline: r.headline,
    language: r.language,
    publishedAt: r.published_at!,
    modifiedAt: r.modified_at,
    path: articlePath({ section: r.section, slug: r.slug, publishedAt: r.published_at! }, timeZone),
  }));
}

export async function readFeedArticles(section: string | null, limit = 30): Promise<ArticleSummary[]> {
  let query = publishedArticles().select(summaryColumns);
  if (section) query = query.where('section', '=', section);
  const rows = await query.orderBy('published_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  return toSummaries(rows);
}

export async function readAllTagSlugs(): Promise<string[]> {
  const rows = await getDb().selectFrom('tags').select('slug').execute();
  return rows.map((r) => r.slug);
}

export async function readAllAuthorSlugs(): Promise<string[]> {
  const rows = await getDb().selectFrom('authors').select('slug').execute();
  return rows.map((r) => r.slug);
}
