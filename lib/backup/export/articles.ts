import type { Kysely, Selectable } from 'kysely';
import { articlePath } from '../../articles/urls';
import type { ArticlesTable, Database } from '../../db/schema';
import { absoluteUrl, getSite } from '../../site';
import { storyToMarkdown } from '../../story/to-markdown';
import { eachPage, groupBy, pageSize } from '../pages';
import { mediaFileOf, storyOf } from './documents';
import type { NdjsonFile } from './ndjson';

// articles.ndjson: one article per line, with everything that hangs off it (bylines, tags,
// corrections, former addresses) joined in, as export/format.ts documents.

type ArticleRow = Selectable<ArticlesTable>;

async function readRelated(db: Kysely<Database>, ids: number[]) {
  const [bylines, tags, corrections, redirects] = await Promise.all([
    db
      .selectFrom('article_bylines as b')
      .innerJoin('authors as a', 'a.id', 'b.author_id')
      .select(['b.article_id', 'a.id', 'a.slug', 'a.name', 'a.type', 'b.organization'])
      .where('b.article_id', 'in', ids)
      .orderBy('b.article_id')
      .orderBy('b.position')
      .execute(),
    db
      .selectFrom('article_tags as t')
      .innerJoin('tags as g', 'g.id', 't.tag_id')
      .select(['t.article_id', 'g.slug', 'g.name'])
      .where('t.article_id', 'in', ids)
      .orderBy('t.article_id')
      .orderBy('t.position')
      .execute(),
    db
      .selectFrom('corrections')
      .select(['article_id', 'kind', 'text', 'published_at'])
      .where('article_id', 'in', ids)
      .orderBy('article_id')
      .orderBy('published_at')
      .orderBy('id')
      .execute(),
    db.selectFrom('redirects').select(['article_id', 'path']).where('article_id', 'in', ids).orderBy('path').execute(),
  ]);
  return {
    bylines: groupBy(bylines, (r) => r.article_id),
    tags: groupBy(tags, (r) => r.article_id),
    corrections: groupBy(corrections, (r) => r.article_id),
    redirects: groupBy(redirects, (r) => r.article_id),
  };
}

function articleLine(row: ArticleRow, related: Awaited<ReturnType<typeof readRelated>>) {
  const story = storyOf(row.body, `article ${row.id} (${row.slug})`);
  const { timeZone } = getSite();
  const isPublic = row.status === 'published' && row.published_at !== null;
  return {
    id: row.id,
    slug: row.slug,
    url: isPublic ? absoluteUrl(articlePath({ section: row.section, slug: row.slug, publishedAt: row.published_at! }, timeZone)) : null,
    formerPaths: (related.redirects.get(row.id) ?? []).map((r) => r.path),
    section: row.section,
    status: row.status,
    language: row.language,
    headline: row.headline,
    dek: row.dek,
    dateline: { city: row.dateline_city, country: row.dateline_country },
    createdAt: row.created_at,
    modifiedAt: row.modified_at,
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
    scheduledAt: row.scheduled_at,
    live: row.live_started_at ? { startedAt: row.live_started_at, endedAt: row.live_ended_at } : null,
    version: row.version,
    bylines: (related.bylines.get(row.id) ?? []).map((b) => ({ personId: b.id, slug: b.slug, name: b.name, type: b.type, organization: b.organization })),
    tags: (related.tags.get(row.id) ?? []).map((t) => ({ slug: t.slug, name: t.name })),
    hero: row.hero_src
      ? {
          src: row.hero_src,
          file: mediaFileOf(row.hero_src),
          width: row.hero_width,
          height: row.hero_height,
          alt: row.hero_alt,
          caption: row.hero_caption,
          credit: row.hero_credit,
          focal: { x: row.hero_focal_x, y: row.hero_focal_y },
        }
      : null,
    seo: { title: row.seo_title, description: row.seo_description },
    corrections: (related.corrections.get(row.id) ?? []).map((c) => ({ kind: c.kind, text: c.text, publishedAt: c.published_at })),
    story,
    markdown: storyToMarkdown(story),
  };
}

export async function exportArticles(db: Kysely<Database>, out: NdjsonFile): Promise<void> {
  await eachPage(
    (after) => db.selectFrom('articles').selectAll().where('id', '>', after).orderBy('id').limit(pageSize).execute(),
    async (rows) => {
      const related = await readRelated(
        db,
        rows.map((r) => r.id),
      );
      for (const row of rows) await out.write(articleLine(row, related));
    },
  );
}
