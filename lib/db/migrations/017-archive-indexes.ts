import type { Kysely } from 'kysely';

// Indexes for the reads of a large archive (100,000 articles in scripts/bench/scale.mjs). Each
// replaces one it extends, so writes keep the same number of indexes to update.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Newest first (front page, feeds, news sitemap, build's static params) in the exact order the
  // reads ask for, id breaking ties; with modified_at a month's count and last change (sitemap
  // index) are read from the index alone, never from the rows.
  await db.schema
    .createIndex('articles_published')
    .on('articles')
    .columns(['status', 'published_at', 'id', 'modified_at'])
    .execute();
  await db.schema.dropIndex('articles_status_published').execute();
  // A section's count from the index alone and its pages in index order: the old index lacked
  // the status, so each count visited every row of the section.
  await db.schema
    .createIndex('articles_section_listing')
    .on('articles')
    .columns(['section', 'status', 'published_at', 'id'])
    .execute();
  await db.schema.dropIndex('articles_section_published').execute();
  // An article by its URL: with the status and date beside the slug, SQLite no longer prefers to
  // walk every published article looking for the slug (150 ms at 20,000 articles).
  await db.schema
    .createIndex('articles_slug_published')
    .on('articles')
    .columns(['slug', 'status', 'published_at'])
    .execute();
  await db.schema.dropIndex('articles_slug').execute();
  // From a tag or an author straight to its articles' ids, without a visit to the link row.
  await db.schema
    .createIndex('article_tags_tag_article')
    .on('article_tags')
    .columns(['tag_id', 'article_id'])
    .execute();
  await db.schema.dropIndex('article_tags_tag').execute();
  await db.schema
    .createIndex('article_bylines_author_article')
    .on('article_bylines')
    .columns(['author_id', 'article_id'])
    .execute();
  await db.schema.dropIndex('article_bylines_author').execute();
}
