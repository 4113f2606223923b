import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../client';

// A section, tag or author page of an archive of 100,000 costs what it does at 1,000: its count
// ("1,204 stories", "page 3 of 101") is kept, not counted, and a tag's or author's link rows carry
// their article's publication date (`listed_at`, null unless published), so a page of them is a
// range of one index instead of every linked article looked up and sorted.
//
// Triggers keep both, so no writer (the newsroom, live coverage, imports, the bench's generator)
// has to know. The invariant they keep, checked by listing-counts.test.ts on both engines:
//   listed_at = the article's published_at while it is published (status 'published' and a
//               date), null otherwise;
//   listing_counts.published for 'section:<slug>' = published articles of that section,
//                            for 'tag:<id>' / 'author:<id>' = link rows with a listed_at.

const links = [
  { table: 'article_tags', key: 'tag_id', prefix: 'tag:', oldIndex: 'article_tags_tag_article' },
  {
    table: 'article_bylines',
    key: 'author_id',
    prefix: 'author:',
    oldIndex: 'article_bylines_author_article',
  },
] as const;

type Link = (typeof links)[number];

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('listing_counts')
    .addColumn('listing', 'text', (c) => c.primaryKey())
    .addColumn('published', 'integer', (c) => c.notNull())
    .execute();
  for (const link of links) {
    await db.schema.alterTable(link.table).addColumn('listed_at', 'text').execute();
    // Newest first within a tag or author, in the order the pages read; the old index (key,
    // article) is covered by the related-articles read moving to this one.
    await db.schema
      .createIndex(`${link.table}_listing`)
      .on(link.table)
      .columns([link.key, 'listed_at', 'article_id'])
      .execute();
    await db.schema.dropIndex(link.oldIndex).execute();
    await sql`update ${sql.table(link.table)} set listed_at = (
      select published_at from articles a
      where a.id = ${sql.ref(`${link.table}.article_id`)} and a.status = 'published')`.execute(db);
    await sql`insert into listing_counts (listing, published)
      select ${link.prefix} || ${sql.ref(link.key)}, count(*) from ${sql.table(link.table)}
      where listed_at is not null group by ${sql.ref(link.key)}`.execute(db);
  }
  await sql`insert into listing_counts (listing, published)
    select 'section:' || section, count(*) from articles
    where status = 'published' and published_at is not null group by section`.execute(db);

  if (dialect === 'postgres') await postgresTriggers(db);
  else await sqliteTriggers(db);
}

const add = (listing: string, when: string) =>
  `insert into listing_counts (listing, published) select ${listing}, 1 where ${when}
     on conflict (listing) do update set published = listing_counts.published + 1;`;
const remove = (listing: string, when: string) =>
  `update listing_counts set published = published - 1 where listing = ${listing} and ${when};`;
const publishedNow = (row: 'new' | 'old') =>
  `${row}.status = 'published' and ${row}.published_at is not null`;
const listedNow = (row: 'new' | 'old') => `${row}.listed_at is not null`;
// What listed_at becomes when an article changes.
const listedAt = `case when new.status = 'published' then new.published_at end`;

async function sqliteTriggers(db: Kysely<unknown>) {
  const run = (statement: string) => sql.raw(statement).execute(db);
  const section = (row: 'new' | 'old') => `'section:' || ${row}.section`;
  await run(`create trigger listing_counts_article_insert after insert on articles begin
    ${add(section('new'), publishedNow('new'))}
  end`);
  await run(`create trigger listing_counts_article_delete after delete on articles begin
    ${remove(section('old'), publishedNow('old'))}
  end`);
  await run(`create trigger listing_counts_article_update
    after update of status, published_at, section on articles begin
    ${remove(section('old'), publishedNow('old'))}
    ${add(section('new'), publishedNow('new'))}
    ${links
      .map(
        (link) => `update ${link.table} set listed_at = ${listedAt}
          where article_id = new.id and listed_at is not ${listedAt};`,
      )
      .join('\n')}
  end`);
  for (const link of links) {
    const listing = (row: 'new' | 'old') => `'${link.prefix}' || ${row}.${link.key}`;
    // A link arrives without its date: it is read from the article here.
    await run(`create trigger ${link.table}_listed_insert after insert on ${link.table} begin
      update ${link.table} set listed_at = (
        select published_at from articles where id = new.article_id and status = 'published')
      where rowid = new.rowid;
    end`);
    await run(`create trigger ${link.table}_listed_update
      after update of listed_at, ${link.key} on ${link.table} begin
      ${remove(listing('old'), listedNow('old'))}
      ${add(listing('new'), listedNow('new'))}
    end`);
    await run(`create trigger ${link.table}_listed_delete after delete on ${link.table} begin
      ${remove(listing('old'), listedNow('old'))}
    end`);
  }
}

async function postgresTriggers(db: Kysely<unknown>) {
  const run = (statement: string) => sql.raw(statement).execute(db);
  const section = (row: 'new' | 'old') => `'section:' || ${row}.section`;
  await run(`create function listing_counts_article() returns trigger language plpgsql as $$
    begin
      if tg_op <> 'INSERT' then ${remove(section('old'), publishedNow('old'))} end if;
      if tg_op <> 'DELETE' then ${add(section('new'), publishedNow('new'))} end if;
      if tg_op = 'UPDATE' then
        ${links
          .map(
            (link) => `update ${link.table} set listed_at = ${listedAt}
              where article_id = new.id and listed_at is distinct from ${listedAt};`,
          )
          .join('\n')}
      end if;
      return null;
    end $$`);
  await run(`create trigger listing_counts_article
    after insert or update of status, published_at, section or delete on articles
    for each row execute function listing_counts_article()`);
  for (const link of links) await postgresLinkTriggers(run, link);
}

async function postgresLinkTriggers(run: (statement: string) => Promise<unknown>, link: Link) {
  const listing = (row: 'new' | 'old') => `'${link.prefix}' || ${row}.${link.key}`;
  // The article's row is locked while its date is read: a publish running beside this insert
  // either finishes first (and is seen here) or waits, then finds this link to update.
  await run(`create function ${link.table}_listed_date() returns trigger language plpgsql as $$
    begin
      select case when status = 'published' then published_at end into new.listed_at
        from articles where id = new.article_id for share;
      return new;
    end $$`);
  await run(`create trigger ${link.table}_listed_date before insert on ${link.table}
    for each row execute function ${link.table}_listed_date()`);
  await run(`create function ${link.table}_listed_count() returns trigger language plpgsql as $$
    begin
      if tg_op <> 'INSERT' then ${remove(listing('old'), listedNow('old'))} end if;
      if tg_op <> 'DELETE' then ${add(listing('new'), listedNow('new'))} end if;
      return null;
    end $$`);
  await run(`create trigger ${link.table}_listed_count
    after insert or update of listed_at, ${link.key} or delete on ${link.table}
    for each row execute function ${link.table}_listed_count()`);
}
