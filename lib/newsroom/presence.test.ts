import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { closeDb, getDb } from '../db/client';
import { migrateToLatest } from '../db/migrate';
import type { Role } from '../auth/roles';
import { newArticleRow } from '../test/article-row';
import { insertUser } from '../accounts/store';
import { markEditing } from './presence';

// Who has an article open, told only to those who may edit it.
const caller = vi.hoisted(() => ({ id: 0, role: 'editor' as Role }));
vi.mock('../auth/current-user', async () => (await import('../test/fake-current-user')).fakeCurrentUser(caller));

const ids = { editor: 0, writer: 0, stranger: 0 };
let draftId = 0;

beforeAll(async () => {
  await migrateToLatest();
  ids.editor = await insertUser({ email: 'e@dateline.test', name: 'Edi Editor', role: 'editor', password: 'correct horse battery e' });
  ids.writer = await insertUser({ email: 'w@dateline.test', name: 'Wira Writer', role: 'contributor', password: 'correct horse battery w' });
  ids.stranger = await insertUser({ email: 's@dateline.test', name: 'Sari Stranger', role: 'contributor', password: 'correct horse battery s' });
  const row = await getDb().insertInto('articles').values({ ...newArticleRow(), created_by: ids.writer }).returning('id').executeTakeFirstOrThrow();
  draftId = row.id;
});
afterAll(closeDb);

function as(role: Role, id: number) {
  caller.role = role;
  caller.id = id;
}

describe('markEditing', () => {
  it('tells the draft’s writer and any editor who else has it open', async () => {
    as('editor', ids.editor);
    await markEditing(draftId);
    as('contributor', ids.writer);
    expect((await markEditing(draftId)).others).toEqual(['Edi Editor']);
  });

  it('tells a contributor who may not edit the draft nothing, and records nothing for them', async () => {
    as('contributor', ids.stranger);
    expect((await markEditing(draftId)).others).toEqual([]);
    expect((await markEditing(999_999)).others).toEqual([]);
    const seen = await getDb().selectFrom('article_presence').select('user_id').where('article_id', '=', draftId).execute();
    expect(seen.map((row) => row.user_id).sort()).toEqual([ids.editor, ids.writer].sort());
  });
});
