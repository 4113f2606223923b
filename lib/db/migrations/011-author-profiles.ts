import type { Kysely } from 'kysely';

// What an author page says about a person beyond the name: their role in the newsroom
// ("Reporter", "Photographer") and a photo from the media folder (a `/media/…` path).
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const column of ['role', 'photo_src']) {
    await db.schema.alterTable('authors').addColumn(column, 'text').execute();
  }
}
