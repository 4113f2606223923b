import { sql } from 'kysely';
import { getDb, getDialect } from '../../db/client';
import { monthOfSql, publishedSql } from '../../db/migrations/021-sitemap-months';
import { getSite } from '../../site';
import { monthBounds } from './months';

// The publication's months as UTC instants (`calendar_months`), which the triggers of migration
// 021 look an article's month up in to keep `sitemap_months`. Filled here, for the time zone the
// site runs in: on first use, and again if PUBLICATION_TIME_ZONE changes, when every month is
// counted afresh (the kept counts were for the old calendar).

const firstYear = 1900;
const lastYear = 2199;

let kept: { timeZone: string; ready: Promise<void> } | undefined;

/** Resolves once `calendar_months` and `sitemap_months` are for `timeZone`; checked once a process. */
export function keepCalendar(timeZone = getSite().timeZone): Promise<void> {
  if (kept?.timeZone !== timeZone) {
    const ready = fillIfAnother(timeZone);
    kept = { timeZone, ready };
    // A failed fill (the database away) is tried again by the next read, not remembered.
    ready.catch(() => {
      if (kept?.ready === ready) kept = undefined;
    });
  }
  return kept.ready;
}

async function fillIfAnother(timeZone: string): Promise<void> {
  const row = await getDb()
    .selectFrom('calendar_months')
    .select('time_zone')
    .limit(1)
    .executeTakeFirst();
  if (row?.time_zone !== timeZone) await fill(timeZone);
}

function calendarRows(timeZone: string) {
  const rows = [];
  for (let year = firstYear; year <= lastYear; year++) {
    for (let m = 1; m <= 12; m++) {
      const month = `${year}-${String(m).padStart(2, '0')}`;
      rows.push({ starts_at: monthBounds(month, timeZone).start, month, time_zone: timeZone });
    }
  }
  return rows;
}

/**
 * Both tables replaced in one transaction. Another instance filling at the same time does the
 * same work to the same result: on PostgreSQL the tables are locked for it (writers of articles
 * wait, so no trigger counts against a half-filled calendar); SQLite has one writer anyway.
 */
async function fill(timeZone: string): Promise<void> {
  const rows = calendarRows(timeZone);
  await getDb()
    .transaction()
    .execute(async (trx) => {
      if (getDialect() === 'postgres') {
        await sql`lock table calendar_months, sitemap_months in exclusive mode`.execute(trx);
      }
      await trx.deleteFrom('calendar_months').execute();
      for (let i = 0; i < rows.length; i += 300) {
        await trx.insertInto('calendar_months').values(rows.slice(i, i + 300)).execute();
      }
      await trx.deleteFrom('sitemap_months').execute();
      await sql`insert into sitemap_months (month, published, last_modified)
        select month, count(*), max(modified_at) from (
          select ${sql.raw(monthOfSql('a'))} as month, a.modified_at from articles a
          where ${sql.raw(publishedSql('a'))}) m
        group by month`.execute(trx);
    });
}
