import type { Transaction } from 'kysely';
import { getDb } from '../db/client';
import type { Database } from '../db/schema';
import type { ArticleFootprint } from '../cache-tags';
import { getSite } from '../site';
import { centre, type FocalPoint } from '../media/focal';
import type { Story } from '../story/schema';
import { storyColumns } from '../story/stored';
import type { Byline } from '../articles/schema';
import { nameId, slugify } from '../articles/slug';
import { setBylines, setTags } from './bylines-and-tags';
import { revisionText } from './revision-changes';
import type { ArticleStatus } from './schema';
import { articlePath } from '../articles/urls';

// Article writes for the editor. Callers authorize first (lib/newsroom/actions.ts).

export interface ArticleDraft {
  headline: string;
  dek: string;
  slug: string;
  section: string;
  tags: string[];
  bylines: Byline[];
  datelineCity: string;
  datelineCountry: string;
  language: string;
  /** The focal point is missing from revisions saved before pictures had one. */
  hero: { src: string; width: number; height: number; focal?: FocalPoint } | null;
  heroAlt: string | null;
  heroCaption: string | null;
  heroCredit: string | null;
  story: Story;
  seoTitle: string | null;
  seoDescription: string | null;
}

type Trx = Transaction<Database>;

function columnsOf(draft: ArticleDraft) {
  return {
    slug: draft.slug || slugify(draft.headline).slice(0, 80).replace(/-+$/, '') || nameId(draft.headline),
    section: draft.section,
    headline: draft.headline,
    dek: draft.dek,
    ...storyColumns(draft.story),
    language: draft.language,
    dateline_city: draft.datelineCity,
    dateline_country: draft.datelineCountry,
    hero_src: draft.hero?.src ?? null,
    hero_width: draft.hero?.width ?? null,
    hero_height: draft.hero?.height ?? null,
    hero_focal_x: draft.hero?.focal?.x ?? centre.x,
    hero_focal_y: draft.hero?.focal?.y ?? centre.y,
    hero_alt: draft.heroAlt,
    hero_caption: draft.heroCaption,
    hero_credit: draft.heroCredit,
    seo_title: draft.seoTitle,
    seo_description: draft.seoDescription,
  };
}

/** The library remembers where the picture was last cropped around, for its next use. */
async function keepFocalInLibrary(trx: Trx, draft: ArticleDraft) {
  const focal = draft.hero?.focal;
  if (!draft.hero || !focal) return;
  await trx.updateTable('media').set({ focal_x: focal.x, focal_y: focal.y }).where('src', '=', draft.hero.src).execute();
}

async function addRevision(trx: Trx, articleId: number, version: number, draft: ArticleDraft, userId: number) {
  await trx
    .insertInto('article_revisions')
    .values({ article_id: articleId, version, snapshot: JSON.stringify(draft), text: revisionText(draft), saved_by: userId, saved_at: new Date().toISOString() })
    .execute();
}

export async function createArticle(draft: ArticleDraft, userId: number): Promise<number> {
  const now = new Date().toISOString();
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const { id } = await trx
        .insertInto('articles')
        .values({
          ...columnsOf(draft),
          status: 'draft',
          published_at: null,
          updated_at: null,
          scheduled_at: null,
          created_at: now,
          modified_at: now,
          source_key: null,
          created_by: userId,
          modified_by: userId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await setBylines(trx, id, draft.bylines);
      await setTags(trx, id, draft.tags);
      await keepFocalInLibrary(trx, draft);
      await addRevision(trx, id, 1, draft, userId);
      return id;
    });
}

export type UpdateResult = { status: 'ok'; version: number } | { status: 'conflict'; by: string | null; at: string };

/**
 * Saves only if nobody saved since `expectedVersion` was read: the second of two editors is
 * told who changed the article and when, instead of silently overwriting them.
 */
export async function updateArticle(id: number, expectedVersion: number, draft: ArticleDraft, userId: number): Promise<UpdateResult> {
  const before = await getFootprint(id);
  const result = await getDb()
    .transaction()
    .execute(async (trx): Promise<UpdateResult> => {
      const updated = await trx
        .updateTable('articles')
        .set({ ...columnsOf(draft), modified_at: new Date().toISOString(), modified_by: userId, version: expectedVersion + 1 })
        .where('id', '=', id)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) {
        const current = await trx
          .selectFrom('articles')
          .leftJoin('users', 'users.id', 'articles.modified_by')
          .select(['users.name', 'articles.modified_at'])
          .where('articles.id', '=', id)
          .executeTakeFirstOrThrow();
        return { status: 'conflict', by: current.name, at: current.modified_at };
      }
      await setBylines(trx, id, draft.bylines);
      await setTags(trx, id, draft.tags);
      await keepFocalInLibrary(trx, draft);
      await addRevision(trx, id, expectedVersion + 1, draft, userId);
      return { status: 'ok', version: expectedVersion + 1 };
    });
  if (result.status === 'ok') await keepOldAddress(before, await getFootprint(id));
  return result;
}

/** A published article whose URL changed keeps answering at the old one (see readArticleAt). */
async function keepOldAddress(before: ArticleFootprint | null, after: ArticleFootprint | null) {
  if (!before?.path || !after || before.path === after.path) return;
  await getDb()
    .insertInto('redirects')
    .values({ path: before.path, article_id: before.id })
    .onConflict((oc) => oc.column('path').doUpdateSet({ article_id: before.id }))
    .execute();
}

export async function setStatus(
  id: number,
  status: ArticleStatus,
  userId: number,
  times: { publishedAt?: string; scheduledAt?: string | null } = {},
): Promise<void> {
  await getDb()
    .updateTable('articles')
    .set((eb) => ({
      status,
      scheduled_at: times.scheduledAt === undefined ? eb.ref('scheduled_at') : times.scheduledAt,
      // The first publication fixes the date in the URL; republishing keeps it.
      published_at: times.publishedAt ? eb.fn.coalesce('published_at', eb.val(times.publishedAt)) : eb.ref('published_at'),
      modified_at: new Date().toISOString(),
      modified_by: userId,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .execute();
}

/** Where an article shows up now: its public URL (if published), section, tags and authors. */
export async function getFootprint(id: number): Promise<ArticleFootprint | null> {
  const db = getDb();
  const row = await db.selectFrom('articles').select(['id', 'slug', 'section', 'status', 'published_at']).where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const [tags, authors, corrections] = await Promise.all([
    db.selectFrom('article_tags as at').innerJoin('tags as t', 't.id', 'at.tag_id').select('t.slug').where('at.article_id', '=', id).execute(),
    db.selectFrom('article_bylines as b').innerJoin('authors as a', 'a.id', 'b.author_id').select('a.slug').where('b.article_id', '=', id).execute(),
    db.selectFrom('corrections').select('id').where('article_id', '=', id).limit(1).execute(),
  ]);
  const published = row.status === 'published' && row.published_at;
  return {
    id,
    path: published ? articlePath({ section: row.section, slug: row.slug, publishedAt: row.published_at! }, getSite().timeZone) : null,
    section: row.section,
    tags: tags.map((t) => t.slug),
    authors: authors.map((a) => a.slug),
    hasCorrections: corrections.length > 0,
  };
}

export async function recordEvent(articleId: number, kind: string, detail: string, userId: number | null) {
  await getDb().insertInto('article_events').values({ article_id: articleId, kind, detail, user_id: userId, at: new Date().toISOString() }).execute();
}

export async function addCorrection(articleId: number, kind: 'correction' | 'clarification', text: string, userId: number) {
  const now = new Date().toISOString();
  await getDb().transaction().execute(async (trx) => {
    await trx.insertInto('corrections').values({ article_id: articleId, kind, text, published_at: now }).execute();
    // A correction is a meaningful update: readers see the new "Updated" date.
    await trx
      .updateTable('articles')
      .set((eb) => ({ updated_at: now, modified_at: now, modified_by: userId, version: eb('version', '+', 1) }))
      .where('id', '=', articleId)
      .execute();
  });
}

/** Publishes every scheduled article whose time has come; each is claimed by one instance only. */
export async function publishDueArticles(now = new Date()): Promise<number[]> {
  const due = await getDb()
    .selectFrom('articles')
    .select('id')
    .where('status', '=', 'scheduled')
    .where('scheduled_at', '<=', now.toISOString())
    .execute();
  const published: number[] = [];
  for (const { id } of due) {
    const claimed = await getDb()
      .updateTable('articles')
      .set((eb) => ({
        status: 'published',
        published_at: eb.fn.coalesce('published_at', 'scheduled_at'),
        modified_at: now.toISOString(),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', id)
      .where('status', '=', 'scheduled')
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) === 1) published.push(id);
  }
  return published;
}
