import type { Kysely } from 'kysely';
import type { Dialect } from '../client';
import { primaryId } from './columns';

// Every uploaded picture, reusable in any story with the words that go with it. The hero images
// already in articles become its first entries.
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('media')
    .addColumn('id', dialect === 'postgres' ? 'serial' : 'integer', primaryId(dialect))
    .addColumn('src', 'text', (c) => c.notNull().unique())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('alt', 'text', (c) => c.notNull())
    .addColumn('caption', 'text')
    .addColumn('credit', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'integer')
    .execute();
  const typed = db as Kysely<{
    articles: { hero_src: string | null; hero_alt: string | null; hero_caption: string | null; hero_credit: string | null; hero_width: number | null; hero_height: number | null; created_at: string };
    media: { src: string; width: number; height: number; alt: string; caption: string | null; credit: string | null; created_at: string; uploaded_by: number | null };
  }>;
  const heroes = await typed
    .selectFrom('articles')
    .select(['hero_src', 'hero_alt', 'hero_caption', 'hero_credit', 'hero_width', 'hero_height', 'created_at'])
    .where('hero_src', 'is not', null)
    .orderBy('created_at')
    .execute();
  const seen = new Set<string>();
  for (const hero of heroes) {
    if (!hero.hero_src || seen.has(hero.hero_src)) continue;
    seen.add(hero.hero_src);
    await typed
      .insertInto('media')
      .values({ src: hero.hero_src, width: hero.hero_width ?? 1600, height: hero.hero_height ?? 900, alt: hero.hero_alt ?? '', caption: hero.hero_caption, credit: hero.hero_credit, created_at: hero.created_at, uploaded_by: null })
      .execute();
  }
}
