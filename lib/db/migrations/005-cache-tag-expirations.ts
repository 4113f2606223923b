import type { Kysely } from 'kysely';
import type { Dialect } from '../client';

// The shared record of when each cache tag last expired (lib/cache/tag-record.ts). It replaces
// the log of invalidations that every instance polled: a reader's process now checks the tags of
// what it is about to serve against this record, so nothing needs to be told.
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema.dropTable('cache_invalidations').ifExists().execute();
  await db.schema
    .createTable('cache_tag_expirations')
    .addColumn('tag', 'text', (c) => c.primaryKey())
    // Milliseconds since 1970; a float on PostgreSQL so the driver hands back a number.
    .addColumn('expired_at', dialect === 'postgres' ? 'double precision' : 'integer', (c) => c.notNull())
    .execute();
}
