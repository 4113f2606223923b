import 'server-only';
import { publishedArticles } from '../articles/queries/summaries';
import { isSameName } from '../articles/slug';
import { articlePath } from '../articles/urls';
import { requireRole } from '../auth/current-user';
import { tagsTouchedByAuthor, type ArticleFootprint } from '../cache-tags';
import { getDb } from '../db/client';
import { getSite } from '../site';

// Profile writes for editors; like the reads in queries.ts, each checks the caller's role itself.
// A slug never changes here: author URLs stay where readers and search found them.

export interface ProfileChange {
  name: string;
  role: string | null;
  bio: string | null;
  /** A new photo's `/media/…` path, null to remove it, undefined to keep it. */
  photoSrc?: string | null;
}

export type ProfileChangeResult =
  { status: 'saved'; refreshTags: string[] } | { status: 'not-found' } | { status: 'name-taken' };

/**
 * Saves a profile. Bylines find their author by name, so no two may share one. Returns the cache
 * tags of the public pages that show this person or desk, for the caller to refresh.
 */
export async function updatePersonProfile(
  id: number,
  change: ProfileChange,
): Promise<ProfileChangeResult> {
  await requireRole('editor');
  const db = getDb();
  const before = await db
    .selectFrom('authors')
    .select(['slug', 'name'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!before) return { status: 'not-found' };
  const others = await db.selectFrom('authors').select('name').where('id', '!=', id).execute();
  if (others.some((o) => isSameName(o.name, change.name))) return { status: 'name-taken' };
  await db
    .updateTable('authors')
    .set({
      name: change.name,
      role: change.role,
      bio: change.bio,
      ...(change.photoSrc === undefined ? {} : { photo_src: change.photoSrc }),
    })
    .where('id', '=', id)
    .execute();
  const bylined = await publishedFootprints(id);
  return {
    status: 'saved',
    refreshTags: tagsTouchedByAuthor(before.slug, bylined, {
      isRenamed: before.name !== change.name,
    }),
  };
}

/** Where each published article under this byline shows up, read in three queries whatever their number. */
async function publishedFootprints(authorId: number): Promise<ArticleFootprint[]> {
  const db = getDb();
  const bylined = db
    .selectFrom('article_bylines')
    .select('article_id')
    .where('author_id', '=', authorId);
  const [articles, tags, authors] = await Promise.all([
    publishedArticles()
      .select(['id', 'slug', 'section', 'published_at'])
      .where('id', 'in', bylined)
      .execute(),
    db
      .selectFrom('article_tags as at')
      .innerJoin('tags as t', 't.id', 'at.tag_id')
      .select(['at.article_id', 't.slug'])
      .where('at.article_id', 'in', bylined)
      .execute(),
    db
      .selectFrom('article_bylines as b')
      .innerJoin('authors as a', 'a.id', 'b.author_id')
      .select(['b.article_id', 'a.slug'])
      .where('b.article_id', 'in', bylined)
      .execute(),
  ]);
  const { timeZone } = getSite();
  const tagsOf = slugsByArticle(tags);
  const authorsOf = slugsByArticle(authors);
  return articles.map((a) => ({
    id: a.id,
    path: articlePath({ section: a.section, slug: a.slug, publishedAt: a.published_at! }, timeZone),
    section: a.section,
    tags: tagsOf.get(a.id) ?? [],
    authors: authorsOf.get(a.id) ?? [],
  }));
}

function slugsByArticle(rows: { article_id: number; slug: string }[]): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const row of rows) map.set(row.article_id, [...(map.get(row.article_id) ?? []), row.slug]);
  return map;
}
