import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { insertUser } from '../accounts/store';
import type { Role } from '../auth/roles';
import { closeDb } from '../db/client';
import { migrateToLatest } from '../db/migrate';
import { defaultHomeLayout } from './defaults';
import { markArrangingFront, stopArrangingFront } from './presence';
import { saveDraft } from './store';

// Two editors on one front are told of each other, and of a draft saved since their page was drawn.
const caller = vi.hoisted(() => ({ id: 0, role: 'editor' as Role }));
vi.mock('../auth/current-user', async () =>
  (await import('../test/fake-current-user')).fakeCurrentUser(caller),
);

const ids = { edi: 0, rina: 0, cora: 0 };

beforeAll(async () => {
  await migrateToLatest();
  ids.edi = await insertUser({
    email: 'fp-edi@dateline.test',
    name: 'Edi Editor',
    role: 'editor',
    password: 'correct horse battery fp-e',
  });
  ids.rina = await insertUser({
    email: 'fp-rina@dateline.test',
    name: 'Rina Hartono',
    role: 'admin',
    password: 'correct horse battery fp-r',
  });
  ids.cora = await insertUser({
    email: 'fp-cora@dateline.test',
    name: 'Cora Contributor',
    role: 'contributor',
    password: 'correct horse battery fp-c',
  });
});
afterAll(closeDb);

function as(role: Role, id: number) {
  caller.role = role;
  caller.id = id;
}

describe('who is arranging a front', () => {
  it('tells each editor of the other, and who saved the draft last', async () => {
    as('editor', ids.edi);
    expect((await markArrangingFront('home')).others).toEqual([]);
    as('admin', ids.rina);
    expect(await markArrangingFront('home')).toMatchObject({
      others: ['Edi Editor'],
      draftVersion: 0,
    });
    await saveDraft('home', 0, defaultHomeLayout(), ids.rina);
    as('editor', ids.edi);
    expect(await markArrangingFront('home')).toMatchObject({
      others: ['Rina Hartono'],
      draftVersion: 1,
      draftBy: 'Rina Hartono',
    });
    expect((await markArrangingFront('section:world')).others).toEqual([]);
  });

  it('records nobody who only looks, and forgets an editor who left', async () => {
    as('contributor', ids.cora);
    expect((await markArrangingFront('home')).others).toEqual([]);
    as('editor', ids.edi);
    expect((await markArrangingFront('home')).others).toEqual(['Rina Hartono']);
    as('admin', ids.rina);
    await stopArrangingFront('home');
    as('editor', ids.edi);
    expect((await markArrangingFront('home')).others).toEqual([]);
  });

  it('refuses a front that does not exist', async () => {
    await expect(markArrangingFront('section:nowhere')).rejects.toThrow();
  });
});
