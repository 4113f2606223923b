import type { Kysely } from 'kysely';

// Feedback is limited per reader (a signed browser cookie) as well as per address: behind
// carrier-grade NAT thousands of readers share one address (lib/feedback/store.ts). Rows sent
// before this have no reader.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('feedback').addColumn('reader_hash', 'text').execute();
  await db.schema.createIndex('feedback_reader_recent').on('feedback').columns(['reader_hash', 'created_at']).execute();
}
