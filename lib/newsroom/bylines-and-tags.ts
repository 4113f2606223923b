import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';
import type { Byline } from '../articles/schema';
import { isSameName, nameId, slugify } from '../articles/slug';

// Writes shared by the content import and the editor: bylines and tags are replaced as a
// whole, in the order given, reusing author and tag rows of the same name.

type Trx = Transaction<Database>;

/**
 * The address a new name gets, given the row (if any) already at its plain slug: the slug,
 * or the slug and a short id when it spells like another name ("李明" and "黎明" are both
 * "li-ming") or spells to nothing at all.
 */
function slugFor(name: string, taken: { name: string } | undefined): string {
  const slug = slugify(name);
  if (!slug) return nameId(name);
  return taken ? `${slug}-${nameId(name)}` : slug;
}

/** The row already standing for `name`, or the slug a new one gets. */
async function findOrChooseSlug(trx: Trx, table: 'authors' | 'tags', name: string): Promise<{ id: number } | { slug: string }> {
  const atSlug = await trx.selectFrom(table).select(['id', 'name']).where('slug', '=', slugify(name) || nameId(name)).executeTakeFirst();
  if (atSlug && isSameName(atSlug.name, name)) return { id: atSlug.id };
  const slug = slugFor(name, atSlug);
  const atChosen = await trx.selectFrom(table).select('id').where('slug', '=', slug).executeTakeFirst();
  return atChosen ?? { slug };
}

async function ensureAuthor(trx: Trx, byline: Byline): Promise<number> {
  // A person renamed in the newsroom (/editor/people) keeps the slug of their old name, so the
  // name is looked up too, as loosely as the people editor compares names (case and spaces).
  const named = await trx
    .selectFrom('authors')
    .select('id')
    .where((eb) => eb(eb.fn('lower', [eb.fn('trim', ['name'])]), '=', byline.name.normalize('NFKC').trim().toLowerCase()))
    .executeTakeFirst();
  if (named) return named.id;
  const found = await findOrChooseSlug(trx, 'authors', byline.name);
  if ('id' in found) return found.id;
  const row = await trx
    .insertInto('authors')
    .values({ slug: found.slug, name: byline.name, type: byline.type, bio: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function ensureTag(trx: Trx, name: string): Promise<number> {
  const found = await findOrChooseSlug(trx, 'tags', name);
  if ('id' in found) return found.id;
  const row = await trx.insertInto('tags').values({ slug: found.slug, name }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function setBylines(trx: Trx, articleId: number, bylines: Byline[]): Promise<void> {
  await trx.deleteFrom('article_bylines').where('article_id', '=', articleId).execute();
  for (const [position, byline] of bylines.entries()) {
    const authorId = await ensureAuthor(trx, byline);
    await trx
      .insertInto('article_bylines')
      .values({ article_id: articleId, position, author_id: authorId, organization: byline.organization ?? null })
      .execute();
  }
}

export async function setTags(trx: Trx, articleId: number, tags: string[]): Promise<void> {
  await trx.deleteFrom('article_tags').where('article_id', '=', articleId).execute();
  const unique = [...new Map(tags.map((t) => [t.normalize('NFKC').trim().toLowerCase(), t])).values()];
  for (const [position, name] of unique.entries()) {
    const tagId = await ensureTag(trx, name);
    await trx.insertInto('article_tags').values({ article_id: articleId, tag_id: tagId, position }).execute();
  }
}
