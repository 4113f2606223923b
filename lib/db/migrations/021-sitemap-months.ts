import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../client';

// The sitemap index of an archive of 100,000 costs what it does at 1,000: each month's count and
// last change are kept (`sitemap_months`), not counted from every article on each drawing.
//
// A month is the publication's calendar month (its time zone, as in article URLs), which SQL
// cannot work out on SQLite. So the months' first instants in UTC are a table the application
// fills for its time zone (`calendar_months`, lib/db/publication-calendar.ts, which also counts
// every month afresh whenever it fills it), and the triggers look an article's month up there.
// The invariant the triggers keep, checked by sitemap-months.test.ts on both engines:
//   sitemap_months.published = the published articles (status 'published' and a date) whose
//                              published_at falls in that month;
//   sitemap_months.last_modified >= the latest modified_at among them, and it moves forward when
//                                   one leaves the month (the month's file changed then).

/** The publication month of `row`'s published_at: the calendar's, or the UTC month outside it. */
export const monthOfSql = (row: string) =>
  `coalesce((select c.month from calendar_months c where c.starts_at <= ${row}.published_at
     order by c.starts_at desc limit 1), substr(${row}.published_at, 1, 7))`;

export const publishedSql = (row: string) =>
  `${row}.status = 'published' and ${row}.published_at is not null`;

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('calendar_months')
    .addColumn('starts_at', 'text', (c) => c.primaryKey())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('sitemap_months')
    .addColumn('month', 'text', (c) => c.primaryKey())
    .addColumn('published', 'integer', (c) => c.notNull())
    .addColumn('last_modified', 'text')
    .execute();
  if (dialect === 'postgres') await postgresTriggers(db);
  else await sqliteTriggers(db);
}

type Engine = { later: (a: string, b: string) => string; now: string };

const sqlite: Engine = {
  // max() of SQLite is null if either is.
  later: (a, b) => `max(coalesce(${a}, ''), ${b})`,
  now: `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
};
const postgres: Engine = {
  later: (a, b) => `greatest(${a}, ${b})`,
  now: `to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
};

// An article published before and after an update, in the same month, stays: only the month's
// last change moves. Otherwise it leaves its old month (if it was in one) and arrives in its new.
const stays = `${publishedSql('old')} and ${publishedSql('new')}
  and ${monthOfSql('old')} = ${monthOfSql('new')}`;

const arrive = (engine: Engine, unless = 'false') =>
  `insert into sitemap_months (month, published, last_modified)
     select ${monthOfSql('new')}, 1, new.modified_at where ${publishedSql('new')} and not (${unless})
     on conflict (month) do update set published = sitemap_months.published + 1,
       last_modified = ${engine.later('sitemap_months.last_modified', 'excluded.last_modified')};`;
const leave = (engine: Engine, unless = 'false') =>
  `update sitemap_months set published = published - 1,
     last_modified = ${engine.later('last_modified', engine.now)}
   where month = ${monthOfSql('old')} and ${publishedSql('old')} and not (${unless});`;
const stay = (engine: Engine) =>
  `update sitemap_months set last_modified = ${engine.later('last_modified', 'new.modified_at')}
   where month = ${monthOfSql('new')} and ${stays};`;

async function sqliteTriggers(db: Kysely<unknown>) {
  const run = (statement: string) => sql.raw(statement).execute(db);
  await run(`create trigger sitemap_months_article_insert after insert on articles begin
    ${arrive(sqlite)}
  end`);
  await run(`create trigger sitemap_months_article_delete after delete on articles begin
    ${leave(sqlite)}
  end`);
  await run(`create trigger sitemap_months_article_update
    after update of status, published_at, modified_at on articles begin
    ${leave(sqlite, stays)}
    ${arrive(sqlite, stays)}
    ${stay(sqlite)}
  end`);
}

async function postgresTriggers(db: Kysely<unknown>) {
  const run = (statement: string) => sql.raw(statement).execute(db);
  await run(`create function sitemap_months_article() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then ${arrive(postgres)}
      elsif tg_op = 'DELETE' then ${leave(postgres)}
      else
        ${leave(postgres, stays)}
        ${arrive(postgres, stays)}
        ${stay(postgres)}
      end if;
      return null;
    end $$`);
  await run(`create trigger sitemap_months_article
    after insert or update of status, published_at, modified_at or delete on articles
    for each row execute function sitemap_months_article()`);
}
