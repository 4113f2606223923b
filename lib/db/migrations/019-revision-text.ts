import type { Kysely } from 'kysely';

// Each revision keeps the words it compares by (headline, summary, story text), written when it
// is saved: reading the history then parses no snapshot (31 of the largest stories cost close to
// a second of CPU per view). Revisions saved before this have none; their words are worked out
// from the snapshot when shown.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('article_revisions').addColumn('text', 'text').execute();
}
