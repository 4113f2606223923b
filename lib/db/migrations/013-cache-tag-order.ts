import type { Kysely } from 'kysely';

// The order in which tag expiries were written, so a process on the SQLite file can read just
// what others wrote since it last looked (lib/cache/sqlite-watch.ts) and check freshness from
// memory. SQLite's writes are serial, so one number more than the largest is an order.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('cache_tag_expirations')
    .addColumn('seq', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('cache_tag_expirations_seq').on('cache_tag_expirations').column('seq').execute();
}
