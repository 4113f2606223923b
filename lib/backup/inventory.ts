import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { mediaNamePattern } from '../media/schema';
import { eachPage, pageSize } from './pages';
import type { Counts } from './schema';

// What a database holds, read from one snapshot of it: the backup's manifest, the restore's
// check and the export are all made from the same answer.

export type RowCounts = Omit<Counts, 'mediaFiles'>;

export interface Inventory {
  migrations: string[];
  counts: RowCounts;
  /** Every media file the database refers to, by name, sorted. */
  mediaNames: string[];
}

export async function takeInventory(db: Kysely<Database>): Promise<Inventory> {
  return { migrations: await listMigrations(db), counts: await countRows(db), mediaNames: await listMediaNames(db) };
}

export async function listMigrations(db: Kysely<Database>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return rows.map((r) => r.name);
}

export async function countRows(db: Kysely<Database>): Promise<RowCounts> {
  const count = async (table: 'articles' | 'article_revisions' | 'users' | 'feedback') => {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    // PostgreSQL's count is a bigint, which pg hands over as a string.
    return Number(row.n);
  };
  return {
    articles: await count('articles'),
    revisions: await count('article_revisions'),
    users: await count('users'),
    feedback: await count('feedback'),
  };
}

// Pictures are referred to by address ("/media/<name>") from the library, heroes, people's
// photos, image blocks inside stories and live updates, and the revisions an editor may restore. Uploads that are
// not in the library (a hero saved without alt text) are found only this way.
const mediaAddress = /\/media\/([A-Za-z0-9._-]+)/g;

function addNamesIn(text: string | null, into: Set<string>): void {
  if (!text) return;
  for (const match of text.matchAll(mediaAddress)) {
    if (mediaNamePattern.test(match[1]!)) into.add(match[1]!);
  }
}

export async function listMediaNames(db: Kysely<Database>): Promise<string[]> {
  const names = new Set<string>();
  await eachPage(
    (after) => db.selectFrom('media').select(['id', 'src']).where('id', '>', after).orderBy('id').limit(pageSize * 10).execute(),
    (rows) => rows.forEach((r) => addNamesIn(r.src, names)),
  );
  await eachPage(
    (after) => db.selectFrom('authors').select(['id', 'photo_src']).where('id', '>', after).orderBy('id').limit(pageSize * 10).execute(),
    (rows) => rows.forEach((r) => addNamesIn(r.photo_src, names)),
  );
  await eachPage(
    (after) => db.selectFrom('articles').select(['id', 'hero_src', 'body']).where('id', '>', after).orderBy('id').limit(pageSize).execute(),
    (rows) =>
      rows.forEach((r) => {
        addNamesIn(r.hero_src, names);
        addNamesIn(r.body, names);
      }),
  );
  await eachPage(
    (after) => db.selectFrom('article_revisions').select(['id', 'snapshot']).where('id', '>', after).orderBy('id').limit(pageSize).execute(),
    (rows) => rows.forEach((r) => addNamesIn(r.snapshot, names)),
  );
  await eachPage(
    (after) => db.selectFrom('live_updates').select(['id', 'body']).where('id', '>', after).orderBy('id').limit(pageSize).execute(),
    (rows) => rows.forEach((r) => addNamesIn(r.body, names)),
  );
  return [...names].sort();
}
