import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../client';
import { storyFromMarkdown } from './frozen/story-from-markdown-008';
import { storyText } from './frozen/story-schema-008';

// Story bodies become structured documents (version 1 of lib/story/schema.ts, as frozen in
// ./frozen). Every article's Markdown is converted; its paragraphs keep the anchors p-1, p-2 …
// they had, so links and stored readers' reports still point at them. Search indexes the
// document's plain text instead of the Markdown, and saved revisions hold the document too.

interface Tables {
  articles: { id: number; body_md: string; body: string; body_text: string };
  article_revisions: { id: number; snapshot: string };
}

export async function up(untyped: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const db = untyped as Kysely<Tables>;
  await db.schema.alterTable('articles').addColumn('body', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('articles').addColumn('body_text', 'text', (c) => c.notNull().defaultTo('')).execute();

  for (const row of await db.selectFrom('articles').select(['id', 'body_md']).execute()) {
    const story = storyFromMarkdown(row.body_md);
    await db.updateTable('articles').set({ body: JSON.stringify(story), body_text: storyText(story) }).where('id', '=', row.id).execute();
  }
  for (const row of await db.selectFrom('article_revisions').select(['id', 'snapshot']).execute()) {
    const { body, ...rest } = JSON.parse(row.snapshot) as { body?: string };
    if (typeof body !== 'string') continue;
    await db.updateTable('article_revisions').set({ snapshot: JSON.stringify({ ...rest, story: storyFromMarkdown(body) }) }).where('id', '=', row.id).execute();
  }

  if (dialect === 'postgres') {
    await sql`alter table articles drop column search`.execute(db);
    await sql`alter table articles drop column body_md`.execute(db);
    await sql`alter table articles add column search tsvector generated always as (
      to_tsvector('simple', headline || ' ' || dek || ' ' || body_text)) stored`.execute(db);
    await sql`create index articles_search on articles using gin (search)`.execute(db);
    return;
  }
  for (const trigger of ['articles_fts_insert', 'articles_fts_delete', 'articles_fts_update']) {
    await sql`drop trigger ${sql.id(trigger)}`.execute(db);
  }
  await sql`drop table articles_fts`.execute(db);
  await sql`alter table articles drop column body_md`.execute(db);
  await sql`create virtual table articles_fts using fts5(
    headline, dek, body_text, content='articles', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2')`.execute(db);
  await sql`insert into articles_fts(articles_fts) values ('rebuild')`.execute(db);
  await sql`create trigger articles_fts_insert after insert on articles begin
    insert into articles_fts(rowid, headline, dek, body_text) values (new.id, new.headline, new.dek, new.body_text);
  end`.execute(db);
  await sql`create trigger articles_fts_delete after delete on articles begin
    insert into articles_fts(articles_fts, rowid, headline, dek, body_text) values ('delete', old.id, old.headline, old.dek, old.body_text);
  end`.execute(db);
  await sql`create trigger articles_fts_update after update of headline, dek, body_text on articles begin
    insert into articles_fts(articles_fts, rowid, headline, dek, body_text) values ('delete', old.id, old.headline, old.dek, old.body_text);
    insert into articles_fts(rowid, headline, dek, body_text) values (new.id, new.headline, new.dek, new.body_text);
  end`.execute(db);
}
