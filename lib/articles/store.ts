import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';
import type { Byline } from './schema';
import { slugify } from './slug';

// Writes shared by the content import and the editor: bylines and tags are replaced as a
// whole, in the order given, reusing author and tag rows by slug.

type Trx = Transaction<Database>;

async function ensureAuthor(trx: Trx, byline: Byline): Promise<number> {
  const slug = slugify(byline.name);
  const existing = await trx.selectFrom('authors').select('id').where('slug', '=', slug).executeTakeFirst();
  if (existing) return existing.id;
  const row = await trx
    .insertInto('authors')
    .values({ slug, name: byline.name, type: byline.type, bio: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function ensureTag(trx: Trx, name: string): Promise<number> {
  const slug = slugify(name);
  const existing = await trx.selectFrom('tags').select('id').where('slug', '=', slug).executeTakeFirst();
  if (existing) return existing.id;
  const row = await trx.insertInto('tags').values({ slug, name }).returning('id').executeTakeFirstOrThrow();
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
  const unique = [...new Map(tags.map((t) => [slugify(t), t])).values()];
  for (const [position, name] of unique.entries()) {
    const tagId = await ensureTag(trx, name);
    await trx.insertInto('article_tags').values({ article_id: articleId, tag_id: tagId, position }).execute();
  }
}
