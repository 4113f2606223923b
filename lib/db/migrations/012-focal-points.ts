import type { Kysely } from 'kysely';

// A picture's focal point, set by clicking it: the library keeps one per picture (the starting
// point wherever it is used next), and an article keeps the one its hero is cropped around.
// Fractions of the width and height; the centre until someone says otherwise.
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [table, prefix] of [
    ['media', ''],
    ['articles', 'hero_'],
  ] as const) {
    for (const axis of ['x', 'y']) {
      await db.schema
        .alterTable(table)
        .addColumn(`${prefix}focal_${axis}`, 'real', (c) => c.notNull().defaultTo(0.5))
        .execute();
    }
  }
  // Crop URLs are checked against the points in use for a picture (lib/media/crops.ts).
  await db.schema.createIndex('articles_hero_src').on('articles').column('hero_src').execute();
}
