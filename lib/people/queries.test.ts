import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { setBylines, setTags } from '../newsroom/bylines-and-tags';
import { closeDb, getDb } from '../db/client';
import { migrateToLatest } from '../db/migrate';
import { NotAllowedError } from '../auth/not-allowed';
import type { Role } from '../auth/roles';
import { newArticleRow } from '../test/article-row';
import { findAuthorChoices, getPerson, listPeople } from './queries';

const caller = vi.hoisted(() => ({ role: 'editor' as Role }));
vi.mock('../auth/current-user', async () =>
  (await import('../test/fake-current-user')).fakeCurrentUser(caller),
);

let published: number;
let draft: number;
let rina: number;

const authorId = async (name: string) =>
  (
    await getDb()
      .selectFrom('authors')
      .select('id')
      .where('name', '=', name)
      .executeTakeFirstOrThrow()
  ).id;

beforeAll(async () => {
  await migrateToLatest();
  const db = getDb();
  published = (
    await db
      .insertInto('articles')
      .values({ ...newArticleRow(), status: 'published', published_at: '2026-11-20T03:00:00.000Z' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  draft = (
    await db
      .insertInto('articles')
      .values(newArticleRow())
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  await db.transaction().execute(async (trx) => {
    await setBylines(trx, published, [
      { name: 'Rina Testono', type: 'person' },
      { name: 'Harbour Desk', type: 'desk', organization: 'Antara' },
    ]);
    await setTags(trx, published, ['ports']);
    await setBylines(trx, draft, [{ name: 'Rina Testono', type: 'person' }]);
  });
  rina = await authorId('Rina Testono');
});
afterAll(closeDb);
beforeEach(() => {
  caller.role = 'editor';
});

describe('people and desks', () => {
  it('are listed by name or role, with their published stories counted', async () => {
    await getDb().updateTable('authors').set({ role: 'Photographer' }).where('id', '=', rina).execute();
    expect((await listPeople('photog')).map((p) => p.name)).toEqual(['Rina Testono']);
    expect((await listPeople('harbour')).map((p) => [p.name, p.type, p.publishedCount])).toEqual([
      ['Harbour Desk', 'desk', 1],
    ]);
    expect(await listPeople('nobody by this name')).toEqual([]);
    expect((await getPerson(rina))?.publishedCount).toBe(1);
  });

  it('are found by every word typed, in any case and order, with % and _ taken as typed', async () => {
    await getDb().insertInto('authors').values({ slug: 'desk-100-local', name: '100% Local_Desk', type: 'desk', bio: null }).execute();
    const names = async (query: string) => (await listPeople(query)).map((p) => p.name);
    expect(await names('PHOTOGRAPHER testono')).toEqual(['Rina Testono']);
    expect(await names('rina harbour')).toEqual([]);
    expect(await names('100% local_')).toEqual(['100% Local_Desk']);
    // As wildcards, "%" and "_" would match every name; as characters, only the one holding them.
    expect(await names('%')).toEqual(['100% Local_Desk']);
    expect(await names('_')).toEqual(['100% Local_Desk']);
    expect(await names('rin_')).toEqual([]);
  });

  it('are offered to the byline picker by name only, to any newsroom account', async () => {
    caller.role = 'contributor';
    expect(await findAuthorChoices('HARBOUR')).toEqual([{ name: 'Harbour Desk', type: 'desk', role: null }]);
    expect(await findAuthorChoices('photographer')).toEqual([]);
    expect(await findAuthorChoices('  ')).toEqual([]);
  });

  it('are for editors and admins only', async () => {
    caller.role = 'contributor';
    await expect(listPeople()).rejects.toThrow(NotAllowedError);
    await expect(getPerson(rina)).rejects.toThrow(NotAllowedError);
    caller.role = 'admin';
    expect(await getPerson(rina)).toMatchObject({ role: 'Photographer', bio: null });
  });
});
