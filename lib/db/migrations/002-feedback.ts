import type { Kysely } from 'kysely';
import type { Dialect } from '../client';
import { primaryId } from './columns';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('feedback')
    .addColumn('id', dialect === 'postgres' ? 'serial' : 'integer', primaryId(dialect))
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('paragraph_anchor', 'text')
    .addColumn('paragraph_quote', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('new'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('client_hash', 'text', (c) => c.notNull())
    .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
    .execute();
  await db.schema.createIndex('feedback_client_recent').on('feedback').columns(['client_hash', 'article_id', 'created_at']).execute();
  await db.schema.createIndex('feedback_status_created').on('feedback').columns(['status', 'created_at']).execute();
  await db.schema.createIndex('feedback_article').on('feedback').columns(['article_id', 'created_at']).execute();
}
