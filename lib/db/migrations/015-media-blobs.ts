import type { Kysely } from 'kysely';
import type { Dialect } from '../client';

// Uploaded pictures (the stripped, re-encoded originals) kept in the database, so that every
// instance behind a load balancer serves the same files without a shared folder
// (lib/media/storage-database.ts). Created on SQLite too, where the folder stays the default,
// so both databases have one schema.
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('media_blobs')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('body', dialect === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}
