import { getDb } from '../db/client';
import { newArticleRow } from '../test/article-row';
import { emptySlots } from './defaults';
import type { FillRule, FrontContainer, FrontLayout } from './schema';

// Test helpers for fronts: published articles at chosen times, and small layouts.

let minute = 0;

/** A published article, each newer than the one before unless `at` says otherwise. */
export async function publishArticle(
  fields: { section?: string; tags?: string[]; live?: boolean; at?: string } = {},
): Promise<number> {
  minute++;
  const at = fields.at ?? new Date(Date.UTC(2030, 0, 1, 0, minute)).toISOString();
  const db = getDb();
  const { id } = await db
    .insertInto('articles')
    .values({
      ...newArticleRow(),
      section: fields.section ?? 'world',
      status: 'published',
      published_at: at,
      live_started_at: fields.live ? at : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [position, slug] of (fields.tags ?? []).entries()) {
    await db
      .insertInto('tags')
      .values({ slug, name: slug })
      .onConflict((oc) => oc.column('slug').doNothing())
      .execute();
    const tag = await db
      .selectFrom('tags')
      .select('id')
      .where('slug', '=', slug)
      .executeTakeFirstOrThrow();
    await db
      .insertInto('article_tags')
      .values({ article_id: id, tag_id: tag.id, position })
      .execute();
  }
  return id;
}

export function testContainer(
  id: string,
  rule: FillRule,
  count: number,
  extra: Partial<FrontContainer> = {},
): FrontContainer {
  return {
    id,
    title: id,
    layout: 'row',
    rule,
    allowDuplicates: false,
    slots: emptySlots(id, count),
    ...extra,
  };
}

/** `layout` with `articleId` pinned into slot `slot` (0-based) of container `containerId`, with overrides. */
export function pinned(
  layout: FrontLayout,
  containerId: string,
  slot: number,
  articleId: number,
  overrides: Partial<FrontContainer['slots'][number]> = {},
): FrontLayout {
  return {
    containers: layout.containers.map((c) =>
      c.id === containerId
        ? {
            ...c,
            slots: c.slots.map((s, i) => (i === slot ? { ...s, articleId, ...overrides } : s)),
          }
        : c,
    ),
  };
}
