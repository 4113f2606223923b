import type { Transaction } from 'kysely';
import { getDb } from '../db/client';
import type { Database } from '../db/schema';
import type { Story } from '../story/schema';
import { storyColumns } from '../story/stored';
import type { LiveUpdateStatus } from './schema';

// Live coverage writes. Callers authorize first (lib/live/actions.ts); each change is noted in
// the article's history (who, when, what), deletions included, which leave nothing else behind.

export interface LiveUpdateDraft {
  headline: string | null;
  story: Story;
  keyEvent: boolean;
  pinned: boolean;
  /** People or desks, in order. */
  bylines: number[];
}

type Trx = Transaction<Database>;

async function note(trx: Trx, articleId: number, kind: string, detail: string, userId: number | null) {
  await trx.insertInto('article_events').values({ article_id: articleId, kind, detail, user_id: userId, at: new Date().toISOString() }).execute();
}

function excerpt(draft: { headline: string | null; body_text?: string }, text?: string): string {
  const words = [draft.headline, text ?? draft.body_text].filter(Boolean).join(' — ');
  return words.length > 200 ? `${words.slice(0, 200)}…` : words;
}

async function setBylines(trx: Trx, updateId: number, authorIds: number[]) {
  await trx.deleteFrom('live_update_bylines').where('update_id', '=', updateId).execute();
  const unique = [...new Set(authorIds)];
  if (unique.length === 0) return;
  await trx
    .insertInto('live_update_bylines')
    .values(unique.map((authorId, position) => ({ update_id: updateId, author_id: authorId, position })))
    .execute();
}

/** One pinned update per article: pinning one unpins the others. */
async function keepOnePinned(trx: Trx, articleId: number, pinnedId: number) {
  await trx.updateTable('live_updates').set({ pinned: 0 }).where('article_id', '=', articleId).where('id', '!=', pinnedId).where('pinned', '=', 1).execute();
}

export async function createUpdate(articleId: number, draft: LiveUpdateDraft, status: LiveUpdateStatus, userId: number | null): Promise<number> {
  const now = new Date().toISOString();
  const columns = storyColumns(draft.story);
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const { id } = await trx
        .insertInto('live_updates')
        .values({
          article_id: articleId,
          status,
          headline: draft.headline,
          body: columns.body,
          body_text: columns.body_text,
          key_event: draft.keyEvent ? 1 : 0,
          pinned: draft.pinned ? 1 : 0,
          posted_at: status === 'published' ? now : null,
          edited_at: null,
          created_at: now,
          created_by: userId,
          modified_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await setBylines(trx, id, draft.bylines);
      if (draft.pinned) await keepOnePinned(trx, articleId, id);
      await note(trx, articleId, status === 'published' ? 'live-update-posted' : 'live-update-drafted', `#${id}: ${excerpt(draft, columns.body_text)}`, userId);
      return id;
    });
}

export type EditResult = { status: 'ok'; version: number } | { status: 'conflict' } | { status: 'missing' };

/**
 * Changes an update read at `expectedVersion`; a second editor's change since is refused, not
 * overwritten. `post` publishes a draft (its time is now); a posted update that changes shows
 * "Updated" with the time.
 */
export async function editUpdate(
  id: number,
  expectedVersion: number,
  draft: LiveUpdateDraft,
  { post }: { post: boolean },
  userId: number,
): Promise<EditResult> {
  const now = new Date().toISOString();
  const columns = storyColumns(draft.story);
  return getDb()
    .transaction()
    .execute(async (trx): Promise<EditResult> => {
      const current = await trx.selectFrom('live_updates').select(['article_id', 'status', 'version']).where('id', '=', id).executeTakeFirst();
      if (!current) return { status: 'missing' };
      if (current.version !== expectedVersion) return { status: 'conflict' };
      const wasPosted = current.status === 'published';
      const nowPosted = wasPosted || post;
      await trx
        .updateTable('live_updates')
        .set({
          headline: draft.headline,
          body: columns.body,
          body_text: columns.body_text,
          key_event: draft.keyEvent ? 1 : 0,
          pinned: draft.pinned ? 1 : 0,
          status: nowPosted ? 'published' : 'draft',
          ...(wasPosted ? { edited_at: now } : nowPosted ? { posted_at: now } : {}),
          modified_at: now,
          version: expectedVersion + 1,
        })
        .where('id', '=', id)
        .execute();
      await setBylines(trx, id, draft.bylines);
      if (draft.pinned) await keepOnePinned(trx, current.article_id, id);
      const kind = wasPosted ? 'live-update-edited' : nowPosted ? 'live-update-posted' : 'live-update-drafted';
      await note(trx, current.article_id, kind, `#${id}: ${excerpt(draft, columns.body_text)}`, userId);
      return { status: 'ok', version: expectedVersion + 1 };
    });
}

/** Deletes an update outright (a legal takedown leaves no copy for readers); the history says who and when. */
export async function deleteUpdate(id: number, userId: number | null): Promise<{ articleId: number; wasPosted: boolean } | null> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const current = await trx.selectFrom('live_updates').select(['article_id', 'status', 'headline', 'body_text']).where('id', '=', id).executeTakeFirst();
      if (!current) return null;
      await trx.deleteFrom('live_update_bylines').where('update_id', '=', id).execute();
      await trx.deleteFrom('live_updates').where('id', '=', id).execute();
      await note(trx, current.article_id, 'live-update-deleted', `#${id}: ${excerpt(current)}`, userId);
      return { articleId: current.article_id, wasPosted: current.status === 'published' };
    });
}

/** Starts live coverage of an article, or ends it ("Live coverage has ended", with the time). */
export async function setLive(articleId: number, live: boolean, userId: number | null): Promise<void> {
  const now = new Date().toISOString();
  await getDb()
    .transaction()
    .execute(async (trx) => {
      const article = await trx.selectFrom('articles').select(['live_started_at']).where('id', '=', articleId).executeTakeFirstOrThrow();
      await trx
        .updateTable('articles')
        .set(live ? { live_started_at: article.live_started_at ?? now, live_ended_at: null } : { live_ended_at: now })
        .where('id', '=', articleId)
        .execute();
      await note(trx, articleId, live ? 'live-started' : 'live-ended', '', userId);
    });
}
