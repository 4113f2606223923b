import type { Kysely } from 'kysely';
import { nameId, slugify } from './frozen/slugs-006';

// Tags and bylines written in non-Latin scripts were once given an empty slug (broken links,
// one page for all of them). They get the address a new one would get now.
export async function up(db: Kysely<unknown>): Promise<void> {
  const typed = db as Kysely<{ tags: { id: number; slug: string; name: string }; authors: { id: number; slug: string; name: string } }>;
  for (const table of ['tags', 'authors'] as const) {
    const rows = await typed.selectFrom(table).select(['id', 'name']).where('slug', '=', '').execute();
    for (const row of rows) {
      const plain = slugify(row.name);
      const taken = plain ? await typed.selectFrom(table).select('id').where('slug', '=', plain).executeTakeFirst() : undefined;
      const slug = plain && !taken ? plain : `${plain ? `${plain}-` : ''}${nameId(row.name)}`;
      await typed.updateTable(table).set({ slug }).where('id', '=', row.id).execute();
    }
  }
}
