import { getDb } from '../../db/client';
import type { ArticleRow } from '../../db/schema';
import { getSite } from '../../site';
import type { ArticleSummary, BylineView, HeroView } from '../schema';
import { findSection } from '../sections';
import { articlePath } from '../urls';

// The building blocks of the reads in articles.ts, indexes.ts and listings.ts: published
// articles only, turned into plain view objects with their bylines.

export const summaryColumns = [
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
  'hero_focal_x',
  'hero_focal_y',
  'live_started_at',
  'live_ended_at',
] as const;

export type SummaryRow = Pick<ArticleRow, (typeof summaryColumns)[number]>;

export function publishedArticles() {
  return getDb()
    .selectFrom('articles')
    .where('articles.status', '=', 'published')
    .where('articles.published_at', 'is not', null);
}

// Whether a tag or author has a published article is read from the link rows alone: their
// `listed_at` is the article's date while it is published (kept by the triggers of migration 020).

/** Tags that a published article carries: drafts, scheduled and unpublished ones show nothing. */
export function publicTags() {
  return getDb()
    .selectFrom('tags')
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('article_tags as at')
          .select('at.tag_id')
          .whereRef('at.tag_id', '=', 'tags.id')
          .where('at.listed_at', 'is not', null),
      ),
    );
}

/** Authors and desks with a published article in their name. */
export function publicAuthors() {
  return getDb()
    .selectFrom('authors')
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('article_bylines as ab')
          .select('ab.author_id')
          .whereRef('ab.author_id', '=', 'authors.id')
          .where('ab.listed_at', 'is not', null),
      ),
    );
}

async function bylinesFor(ids: number[]): Promise<Map<number, BylineView[]>> {
  const map = new Map<number, BylineView[]>();
  if (ids.length === 0) return map;
  const rows = await getDb()
    .selectFrom('article_bylines as b')
    .innerJoin('authors as a', 'a.id', 'b.author_id')
    .select(['b.article_id', 'a.name', 'a.slug', 'a.type', 'a.role', 'a.photo_src', 'b.organization'])
    .where('b.article_id', 'in', ids)
    .orderBy('b.article_id')
    .orderBy('b.position')
    .execute();
  for (const row of rows) {
    const list = map.get(row.article_id) ?? [];
    list.push({ name: row.name, slug: row.slug, type: row.type, organization: row.organization, role: row.role, photoSrc: row.photo_src });
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
    focal: { x: row.hero_focal_x, y: row.hero_focal_y },
  };
}

export async function toSummaries(rows: SummaryRow[]): Promise<ArticleSummary[]> {
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
      live: row.live_started_at ? { startedAt: row.live_started_at, endedAt: row.live_ended_at } : null,
      updatedAt: row.updated_at,
      bylines: bylines.get(row.id) ?? [],
      hero: heroOf(row),
      language: row.language,
    };
  });
}
