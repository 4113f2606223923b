import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setBylines, setTags } from '../newsroom/bylines-and-tags';
import { newArticleRow } from '../test/article-row';
import { closeDb, getDb } from './client';
import { migrateToLatest } from './migrate';

// The triggers of migration 020 keep each listing's count and each link row's listed_at. After
// every kind of write a newsroom makes (publish, unpublish, a new date, another section, retag,
// new bylines, a deleted article), what they kept must equal what counting from scratch finds.

beforeAll(migrateToLatest);
afterAll(closeDb);

const published = `a.status = 'published' and a.published_at is not null`;

/** Every listing whose kept count differs from a fresh count, and every link row whose date is wrong. */
async function drift() {
  const db = getDb();
  const { rows: counts } = await sql<{ listing: string; kept: number; counted: number }>`
    with counted as (
      select 'section:' || a.section as listing, count(*) as n from articles a
        where ${sql.raw(published)} group by a.section
      union all
      select 'tag:' || l.tag_id, count(*) from article_tags l join articles a on a.id = l.article_id
        where ${sql.raw(published)} group by l.tag_id
      union all
      select 'author:' || l.author_id, count(*) from article_bylines l
        join articles a on a.id = l.article_id where ${sql.raw(published)} group by l.author_id)
    select coalesce(k.listing, c.listing) as listing, coalesce(k.published, 0) as kept,
      coalesce(c.n, 0) as counted
    from listing_counts k full outer join counted c on c.listing = k.listing
    where coalesce(k.published, 0) <> coalesce(c.n, 0)`.execute(db);
  const wrongDates = [];
  for (const table of ['article_tags', 'article_bylines'] as const) {
    const { rows } = await sql<{ article_id: number }>`
      select l.article_id from ${sql.table(table)} l join articles a on a.id = l.article_id
      where l.listed_at is distinct from (case when ${sql.raw(published)} then a.published_at end)`.execute(
      db,
    );
    wrongDates.push(...rows.map((r) => `${table}:${r.article_id}`));
  }
  return { counts: counts.map((c) => ({ ...c, kept: Number(c.kept), counted: Number(c.counted) })), wrongDates };
}

async function addArticle(status: 'draft' | 'published', section = 'world') {
  const row = await getDb()
    .insertInto('articles')
    .values({
      ...newArticleRow(),
      section,
      status,
      published_at: status === 'published' ? new Date().toISOString() : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const retag = (id: number, tags: string[]) =>
  getDb().transaction().execute((trx) => setTags(trx, id, tags));
const rebyline = (id: number, names: string[]) =>
  getDb()
    .transaction()
    .execute((trx) => setBylines(trx, id, names.map((name) => ({ name, type: 'person' as const }))));
const update = (id: number, values: Record<string, string | null>) =>
  getDb().updateTable('articles').set(values).where('id', '=', id).execute();

describe('kept listing counts', () => {
  it('equal a fresh count after every kind of write', async () => {
    const steps: [string, () => Promise<unknown>][] = [];
    const draft = await addArticle('draft', 'culture');
    const live = await addArticle('published', 'culture');
    steps.push(
      ['tag a draft and a published article', async () => {
        await retag(draft, ['Count river', 'Count delta']);
        await retag(live, ['Count river']);
      }],
      ['byline both, one author twice', async () => {
        await rebyline(draft, ['Counted Writer']);
        await rebyline(live, ['Counted Writer', 'Second Counted', 'Counted Writer']);
      }],
      ['publish the draft', () => update(draft, { status: 'published', published_at: new Date().toISOString() })],
      ['move it to another section', () => update(draft, { section: 'business' })],
      ['give it a new date', () => update(draft, { published_at: '2020-01-02T03:04:05.000Z' })],
      ['retag it while published', () => retag(draft, ['Count delta', 'Count estuary'])],
      ['unpublish the other', () => update(live, { status: 'unpublished' })],
      ['re-byline the unpublished one', () => rebyline(live, ['Second Counted'])],
      ['publish it again', () => update(live, { status: 'published' })],
      ['delete a published article', () => getDb().deleteFrom('articles').where('id', '=', draft).execute()],
    );
    for (const [name, step] of steps) {
      await step();
      expect({ step: name, ...(await drift()) }).toEqual({ step: name, counts: [], wrongDates: [] });
    }
  });

  it('are what the listing pages count', async () => {
    const before = await getDb()
      .selectFrom('listing_counts')
      .select('published')
      .where('listing', '=', 'section:opinion')
      .executeTakeFirst();
    const id = await addArticle('published', 'opinion');
    await update(id, { status: 'unpublished' });
    await addArticle('published', 'opinion');
    const after = await getDb()
      .selectFrom('listing_counts')
      .select('published')
      .where('listing', '=', 'section:opinion')
      .executeTakeFirstOrThrow();
    expect(Number(after.published)).toBe(Number(before?.published ?? 0) + 1);
  });
});
