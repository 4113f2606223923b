import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, getDb } from '../db/client';
import { migrateToLatest } from '../db/migrate';
import { insertUser } from '../accounts/store';
import { newArticleRow } from '../test/article-row';
import { storyFromComposer } from './composer-story';
import { readLivePage, readLiveVersions } from './read';
import { createUpdate, deleteUpdate, editUpdate, setLive } from './store';

// Live coverage's writes and reads on a real database (SQLite, and PostgreSQL in its half).
let articleId = 0;
let authorId = 0;
let editor = 0;
let other = 0;

beforeAll(async () => {
  await migrateToLatest();
  const db = getDb();
  articleId = (await db.insertInto('articles').values({ ...newArticleRow(), status: 'published', published_at: new Date().toISOString() }).returning('id').executeTakeFirstOrThrow()).id;
  authorId = (await db.insertInto('authors').values({ slug: 'live-desk', name: 'Live Desk', type: 'desk', bio: null, role: null, photo_src: null }).returning('id').executeTakeFirstOrThrow()).id;
  editor = await insertUser({ email: 'live-editor@dateline.test', name: 'Live Editor', role: 'editor', password: 'correct horse battery live' });
  other = await insertUser({ email: 'live-other@dateline.test', name: 'Other Editor', role: 'editor', password: 'correct horse battery other' });
  await setLive(articleId, true, editor);
});
afterAll(closeDb);

const draft = (text: string, flags: { pinned?: boolean; keyEvent?: boolean } = {}) => ({
  headline: null,
  story: storyFromComposer(text),
  keyEvent: flags.keyEvent ?? false,
  pinned: flags.pinned ?? false,
  bylines: [authorId],
});

describe('live updates', () => {
  it('shows readers posted updates newest first, never drafts, with their bylines', async () => {
    const first = await createUpdate(articleId, draft('First posted update.'), 'published', editor);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await createUpdate(articleId, draft('Second posted update.', { keyEvent: true }), 'published', editor);
    await createUpdate(articleId, draft('A draft nobody sees.'), 'draft', editor);
    const page = await readLivePage(articleId, 1);
    expect(page.updates.map((u) => u.id)).toEqual([second, first]);
    expect(page.updates[0]!.bylines.map((b) => b.name)).toEqual(['Live Desk']);
    expect(page.keyEvents.map((k) => k.id)).toEqual([second]);
    expect((await readLiveVersions(articleId)).map((v) => v.id)).toEqual([second, first]);
  });

  it('keeps one pinned update, shown above the list rather than in it', async () => {
    const a = await createUpdate(articleId, draft('Pinned first.', { pinned: true }), 'published', editor);
    const b = await createUpdate(articleId, draft('Pinned instead.', { pinned: true }), 'published', editor);
    const page = await readLivePage(articleId, 1);
    expect(page.pinned?.id).toBe(b);
    expect(page.updates.map((u) => u.id)).toContain(a);
    expect(page.updates.map((u) => u.id)).not.toContain(b);
  });

  it('refuses a change made to an update someone else changed meanwhile, and marks a posted one as updated', async () => {
    const id = await createUpdate(articleId, draft('Before the change.'), 'published', editor);
    expect(await editUpdate(id, 1, draft('The first change.'), { post: true }, editor)).toEqual({ status: 'ok', version: 2 });
    expect(await editUpdate(id, 1, draft('A change from an old copy.'), { post: true }, other)).toEqual({ status: 'conflict' });
    const changed = (await readLivePage(articleId, 1)).updates.find((u) => u.id === id)!;
    expect(changed.editedAt).not.toBeNull();
    expect(changed.version).toBe(2);
  });

  it('deletes an update outright, keeping only who and when in the history', async () => {
    const id = await createUpdate(articleId, draft('Taken down by lawyers.'), 'published', editor);
    expect(await deleteUpdate(id, editor)).toEqual({ articleId, wasPosted: true });
    expect((await readLiveVersions(articleId)).map((v) => v.id)).not.toContain(id);
    const events = await getDb().selectFrom('article_events').select(['kind', 'detail']).where('article_id', '=', articleId).where('kind', '=', 'live-update-deleted').execute();
    expect(events.map((e) => e.detail)).toEqual([expect.stringContaining(`#${id}`)]);
    expect(await deleteUpdate(id, editor)).toBeNull();
  });
});
