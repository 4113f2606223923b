import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { insertUser } from '../accounts/store';
import type { Role } from '../auth/roles';
import { cacheTags } from '../cache-tags';
import { closeDb, getDb } from '../db/client';
import { migrateToLatest } from '../db/migrate';
import { newArticleRow } from '../test/article-row';
import { editFront, launchFront, restoreFront, scheduleFront } from './actions';
import { readDraft, readLaunched, readLaunches } from './read';
import { publishArticle } from './testing';

// The front editor's actions: who may arrange, what a refused change says, and that a launch
// refreshes the front before it returns.

const caller = vi.hoisted(() => ({ id: 0, role: 'editor' as Role }));
vi.mock('../auth/current-user', async () =>
  (await import('../test/fake-current-user')).fakeCurrentUser(caller),
);
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
// Next.js answers a redirect from an action by navigating; here it is thrown, as there.
vi.mock('next/navigation', () => ({
  RedirectType: { replace: 'replace', push: 'push' },
  redirect: (url: string) => {
    throw new Redirected(url);
  },
}));
class Redirected extends Error {
  constructor(readonly url: string) {
    super(`redirect to ${url}`);
  }
}

const users = { editor: 0, other: 0, contributor: 0 };
let article = 0;

beforeAll(async () => {
  await migrateToLatest();
  users.editor = await insertUser({
    email: 'fa-editor@dateline.test',
    name: 'Edi Editor',
    role: 'editor',
    password: 'correct horse battery fa-e',
  });
  users.other = await insertUser({
    email: 'fa-admin@dateline.test',
    name: 'Ada Admin',
    role: 'admin',
    password: 'correct horse battery fa-a',
  });
  users.contributor = await insertUser({
    email: 'fa-contrib@dateline.test',
    name: 'Cora Contributor',
    role: 'contributor',
    password: 'correct horse battery fa-c',
  });
  article = await publishArticle({ section: 'opinion' });
});
afterAll(closeDb);
beforeEach(() => as('editor'));

function as(role: keyof typeof users) {
  caller.role = role === 'other' ? 'admin' : role;
  caller.id = users[role];
}

function form(fields: Record<string, string | number>) {
  const data = new FormData();
  for (const [name, value] of Object.entries({ key: 'home', ...fields }))
    data.set(name, String(value));
  return data;
}

async function redirectOf(run: Promise<unknown>): Promise<string> {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof Redirected))
    throw new Error(`expected a redirect, got ${JSON.stringify(error)}`);
  return error.url;
}

describe('front editor actions', () => {
  it('let contributors look but not arrange', async () => {
    as('contributor');
    expect(
      await editFront(
        { status: 'idle' },
        form({ version: 0, op: 'pin', containerId: 'top', slotId: 'top-1', articleId: article }),
      ),
    ).toEqual({
      status: 'error',
      message: 'Only editors and admins arrange fronts.',
    });
    expect(await launchFront({ status: 'idle' }, form({ version: 0 }))).toMatchObject({
      status: 'error',
    });
    expect((await readDraft('home')).version).toBe(0);
  });

  it('pin a published article and go back to its container, and refuse one readers cannot see', async () => {
    const url = await redirectOf(
      editFront(
        { status: 'idle' },
        form({ version: 0, op: 'pin', containerId: 'top', slotId: 'top-1', articleId: article }),
      ),
    );
    expect(url).toBe('/editor/fronts/home?done=pin&at=top#container-top');
    expect((await readDraft('home')).layout.containers[0]!.slots[0]!.articleId).toBe(article);

    const draft = (
      await getDb()
        .insertInto('articles')
        .values(newArticleRow())
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    expect(
      await editFront(
        { status: 'idle' },
        form({ version: 1, op: 'pin', containerId: 'top', slotId: 'top-2', articleId: draft }),
      ),
    ).toEqual({
      status: 'error',
      message: 'Only a published article can be pinned.',
    });
  });

  it('refuse a change or a launch from a page drawn before someone else’s change, naming them', async () => {
    as('other');
    await redirectOf(
      editFront(
        { status: 'idle' },
        form({
          version: 1,
          op: 'move-slot',
          containerId: 'top',
          slotId: 'top-1',
          direction: 'down',
        }),
      ),
    );
    as('editor');
    const stale = await editFront(
      { status: 'idle' },
      form({ version: 1, op: 'unpin', containerId: 'top', slotId: 'top-1' }),
    );
    expect(stale).toMatchObject({
      status: 'error',
      message: expect.stringMatching(
        /^Ada Admin changed this front’s draft at \d\d:\d\d, after this page was drawn\. Nothing was changed\./,
      ),
    });
    const launch = await launchFront({ status: 'idle' }, form({ version: 1 }));
    expect(launch).toMatchObject({
      status: 'error',
      message: expect.stringContaining('Nothing was launched.'),
    });
    expect((await readLaunched('home')).version).toBe(0);
  });

  it('launch the draft and refresh the front before answering; restore the earlier layout in one step', async () => {
    expect(await redirectOf(launchFront({ status: 'idle' }, form({ version: 2 })))).toBe(
      '/editor/fronts/home?done=launch#front-status',
    );
    expect((await readLaunched('home')).layout.containers[0]!.slots[1]!.articleId).toBe(article);
    const expired = await getDb()
      .selectFrom('cache_tag_expirations')
      .select('tag')
      .where('tag', '=', cacheTags.front('home'))
      .execute();
    expect(expired).toHaveLength(1);

    await redirectOf(
      editFront({ status: 'idle' }, form({ version: 2, op: 'reset', to: 'automatic' })),
    );
    await redirectOf(launchFront({ status: 'idle' }, form({ version: 3 })));
    expect(
      (await readLaunched('home')).layout.containers[0]!.slots.every((s) => s.articleId === null),
    ).toBe(true);

    const first = (await readLaunches('home')).find((l) => l.version === 1)!;
    expect(
      await redirectOf(restoreFront({ status: 'idle' }, form({ version: 3, launchId: first.id }))),
    ).toBe('/editor/fronts/home?done=restore#front-status');
    expect(await readLaunched('home')).toMatchObject({ version: 3, layout: first.layout });
  });

  it('schedule only for a time to come', async () => {
    const past = await scheduleFront(
      { status: 'idle' },
      form({ version: 4, launchAt: '2001-01-01T10:00' }),
    );
    expect(past).toMatchObject({
      status: 'error',
      fieldErrors: { launchAt: ['Choose a time in the future.'] },
    });
    expect(
      await redirectOf(
        scheduleFront({ status: 'idle' }, form({ version: 4, launchAt: '2099-01-01T10:00' })),
      ),
    ).toBe('/editor/fronts/home?done=schedule#front-status');
  });
});
