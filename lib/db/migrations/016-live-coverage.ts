import type { Kysely } from 'kysely';
import type { Dialect } from '../client';
import { primaryId } from './columns';

// Live coverage (lib/live): an article told in timestamped updates, each a record of its own
// with its bylines, and the times its coverage started and ended.
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema.alterTable('articles').addColumn('live_started_at', 'text').execute();
  await db.schema.alterTable('articles').addColumn('live_ended_at', 'text').execute();
  await db.schema
    .createTable('live_updates')
    .addColumn('id', dialect === 'postgres' ? 'serial' : 'integer', primaryId(dialect))
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('headline', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('body_text', 'text', (c) => c.notNull())
    .addColumn('key_event', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('pinned', 'integer', (c) => c.notNull().defaultTo(0))
    // The time readers see: when it was posted (a draft has none).
    .addColumn('posted_at', 'text')
    // Set when a posted update is changed: readers see "Updated HH:MM".
    .addColumn('edited_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('modified_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('live_updates_article').on('live_updates').columns(['article_id', 'status', 'posted_at']).execute();
  await db.schema
    .createTable('live_update_bylines')
    .addColumn('update_id', 'integer', (c) => c.notNull().references('live_updates.id').onDelete('cascade'))
    .addColumn('author_id', 'integer', (c) => c.notNull().references('authors.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('live_update_bylines_pk', ['update_id', 'position'])
    .execute();
}
