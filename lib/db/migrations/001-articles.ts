import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../client';
import { primaryId } from './columns';

// Builders only: the one dialect-specific part (full-text search) is kept at the end.
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const id = dialect === 'postgres' ? 'serial' : 'integer';

  await db.schema
    .createTable('articles')
    .addColumn('id', id, primaryId(dialect))
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('section', 'text', (c) => c.notNull())
    .addColumn('headline', 'text', (c) => c.notNull())
    .addColumn('dek', 'text', (c) => c.notNull())
    .addColumn('body_md', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('en'))
    .addColumn('dateline_city', 'text', (c) => c.notNull())
    .addColumn('dateline_country', 'text', (c) => c.notNull())
    .addColumn('hero_src', 'text')
    .addColumn('hero_alt', 'text')
    .addColumn('hero_caption', 'text')
    .addColumn('hero_credit', 'text')
    .addColumn('hero_width', 'integer')
    .addColumn('hero_height', 'integer')
    .addColumn('seo_title', 'text')
    .addColumn('seo_description', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('published_at', 'text')
    .addColumn('updated_at', 'text')
    .addColumn('scheduled_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('modified_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('source_key', 'text', (c) => c.unique())
    .execute();
  await db.schema.createIndex('articles_status_published').on('articles').columns(['status', 'published_at']).execute();
  await db.schema.createIndex('articles_section_published').on('articles').columns(['section', 'published_at']).execute();
  await db.schema.createIndex('articles_slug').on('articles').column('slug').execute();

  await db.schema
    .createTable('authors')
    .addColumn('id', id, primaryId(dialect))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('bio', 'text')
    .execute();

  await db.schema
    .createTable('article_bylines')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('author_id', 'integer', (c) => c.notNull().references('authors.id'))
    .addColumn('organization', 'text')
    .addPrimaryKeyConstraint('article_bylines_pk', ['article_id', 'position'])
    .execute();
  await db.schema.createIndex('article_bylines_author').on('article_bylines').column('author_id').execute();

  await db.schema
    .createTable('tags')
    .addColumn('id', id, primaryId(dialect))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('article_tags')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('tag_id', 'integer', (c) => c.notNull().references('tags.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_tags_pk', ['article_id', 'tag_id'])
    .execute();
  await db.schema.createIndex('article_tags_tag').on('article_tags').column('tag_id').execute();

  await db.schema
    .createTable('corrections')
    .addColumn('id', id, primaryId(dialect))
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('corrections_article').on('corrections').column('article_id').execute();

  await db.schema
    .createTable('redirects')
    .addColumn('path', 'text', (c) => c.primaryKey())
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .execute();

  if (dialect === 'postgres') {
    await sql`alter table articles add column search tsvector generated always as (
      to_tsvector('simple', headline || ' ' || dek || ' ' || body_md)) stored`.execute(db);
    await sql`create index articles_search on articles using gin (search)`.execute(db);
  } else {
    // An external-content FTS5 index kept in step with the articles table by triggers, so
    // writers never need to know search exists.
    await sql`create virtual table articles_fts using fts5(
      headline, dek, body_md, content='articles', content_rowid='id',
      tokenize='unicode61 remove_diacritics 2')`.execute(db);
    await sql`create trigger articles_fts_insert after insert on articles begin
      insert into articles_fts(rowid, headline, dek, body_md) values (new.id, new.headline, new.dek, new.body_md);
    end`.execute(db);
    await sql`create trigger articles_fts_delete after delete on articles begin
      insert into articles_fts(articles_fts, rowid, headline, dek, body_md) values ('delete', old.id, old.headline, old.dek, old.body_md);
    end`.execute(db);
    await sql`create trigger articles_fts_update after update of headline, dek, body_md on articles begin
      insert into articles_fts(articles_fts, rowid, headline, dek, body_md) values ('delete', old.id, old.headline, old.dek, old.body_md);
      insert into articles_fts(rowid, headline, dek, body_md) values (new.id, new.headline, new.dek, new.body_md);
    end`.execute(db);
  }
}
