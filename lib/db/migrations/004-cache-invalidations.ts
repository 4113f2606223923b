import type { Kysely } from 'kysely';
import type { Dialect } from '../client';
import { primaryId } from './columns';

// Cache tags revalidated by one instance, for the others to apply (since replaced by the tag
// expiry record of migration 005, which drops this table).
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('cache_invalidations')
    .addColumn('id', dialect === 'postgres' ? 'serial' : 'integer', primaryId(dialect))
    .addColumn('tags', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}
