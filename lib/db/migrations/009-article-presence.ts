import type { Kysely } from 'kysely';

// Who has an article open in the editor, and when their page last said so (lib/newsroom/presence.ts).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('article_presence')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('seen_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_presence_pk', ['article_id', 'user_id'])
    .execute();
}
