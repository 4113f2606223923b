import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepCalendar } from '../articles/queries/calendar';
import { readSitemapMonth, readSitemapMonths } from '../articles/queries/sitemaps';
import { articlePath } from '../articles/urls';
import { newArticleRow } from '../test/article-row';
import { closeDb, getDb } from './client';
import { migrateToLatest } from './migrate';

// The triggers of migration 021 keep each publication month's count of published articles and
// its last change. After every kind of write a newsroom makes, what they kept must equal what
// counting the articles by their URLs' month finds; and a change of time zone counts afresh.

beforeAll(async () => {
  await migrateToLatest();
  await keepCalendar('Asia/Jakarta');
});
afterAll(closeDb);

/** Published articles per month as their URLs say (the one definition of an article's month). */
async function countedMonths(timeZone: string) {
  const rows = await getDb()
    .selectFrom('articles')
    .select(['section', 'slug', 'published_at'])
    .where('status', '=', 'published')
    .where('published_at', 'is not', null)
    .execute();
  const counts = new Map<string, number>();
  for (const r of rows) {
    const [, , yyyy, mm] = articlePath({ ...r, publishedAt: r.published_at! }, timeZone).split('/');
    counts.set(`${yyyy}-${mm}`, (counts.get(`${yyyy}-${mm}`) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => (a < b ? 1 : -1));
}

/** The kept table as it stands, whatever time zone the site's reads would fill it for. */
async function keptMonths() {
  const rows = await getDb()
    .selectFrom('sitemap_months')
    .select(['month', 'published'])
    .where('published', '>', 0)
    .orderBy('month', 'desc')
    .execute();
  return rows.map((r) => [r.month, Number(r.published)] as [string, number]);
}

const keptCount = async (month: string) =>
  Object.fromEntries(await keptMonths())[month] ?? 0;

async function addArticle(status: 'draft' | 'published', publishedAt: string | null) {
  const row = await getDb()
    .insertInto('articles')
    .values({ ...newArticleRow(), status, published_at: publishedAt, modified_at: publishedAt ?? '2024-01-01T00:00:00.000Z' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const update = (id: number, values: Record<string, string | null>) =>
  getDb().updateTable('articles').set(values).where('id', '=', id).execute();

describe('kept sitemap months', () => {
  it('equal a count by the URLs’ month after every kind of write', async () => {
    // 1 March 2024, 00:30 in Jakarta (UTC+7): March, though still February in UTC.
    const draft = await addArticle('draft', null);
    const early = await addArticle('published', '2024-02-29T17:30:00.000Z');
    const steps: [string, () => Promise<unknown>][] = [
      ['insert published, on a month’s edge', () => addArticle('published', '2024-02-29T16:59:00.000Z')],
      ['publish a draft', () => update(draft, { status: 'published', published_at: '2024-03-10T03:00:00.000Z' })],
      ['edit a published article', () => update(draft, { modified_at: '2024-04-01T00:00:00.000Z' })],
      ['move it to another month', () => update(draft, { published_at: '2023-12-31T18:00:00.000Z' })],
      ['unpublish one', () => update(early, { status: 'unpublished' })],
      ['publish it again', () => update(early, { status: 'published' })],
      ['delete a published article', () => getDb().deleteFrom('articles').where('id', '=', draft).execute()],
    ];
    for (const [name, step] of steps) {
      await step();
      expect({ step: name, months: await keptMonths() }).toEqual({
        step: name,
        months: await countedMonths('Asia/Jakarta'),
      });
    }
    expect((await readSitemapMonth('2024-03')).count).toBe(1);
    expect((await readSitemapMonths()).map((m) => [m.month, m.count])).toEqual(await keptMonths());
  });

  it('keep the latest change, and move it forward when an article leaves the month', async () => {
    const id = await addArticle('published', '2019-05-10T03:00:00.000Z');
    await addArticle('published', '2019-05-11T03:00:00.000Z');
    await update(id, { modified_at: '2019-08-01T00:00:00.000Z' });
    expect((await readSitemapMonth('2019-05')).lastModified).toBe('2019-08-01T00:00:00.000Z');

    const before = new Date().toISOString();
    await update(id, { status: 'unpublished' });
    const after = await readSitemapMonth('2019-05');
    expect(after.count).toBe(1);
    expect(after.lastModified! >= before).toBe(true);
  });

  it('are counted afresh in a new time zone', async () => {
    // 31 January 2018, 20:00 UTC: February in Jakarta, January in New York.
    await addArticle('published', '2018-01-31T20:00:00.000Z');
    expect((await readSitemapMonth('2018-02')).count).toBe(1);

    await keepCalendar('America/New_York');
    expect(await keptMonths()).toEqual(await countedMonths('America/New_York'));
    expect(await keptCount('2018-01')).toBe(1);
    // Later writes are kept in the new calendar too: 28 February, 22:00 in New York.
    await addArticle('published', '2018-03-01T03:00:00.000Z');
    expect(await keptCount('2018-02')).toBe(1);
    expect(await keptMonths()).toEqual(await countedMonths('America/New_York'));

    await keepCalendar('Asia/Jakarta');
    expect(await keptMonths()).toEqual(await countedMonths('Asia/Jakarta'));
  });
});
