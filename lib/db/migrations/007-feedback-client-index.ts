import type { Kysely } from 'kysely';

// Feedback is limited per client across all articles too (lib/feedback/store.ts).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('feedback_client_anywhere').on('feedback').columns(['client_hash', 'created_at']).execute();
}
