import 'server-only';
import { requireRole } from '../auth/current-user';
import { getDb } from '../db/client';
import { searchLibrary } from '../media/library';
import { parseStoredStory } from '../story/stored';
import { composerTextOf } from './composer-text';

// What the newsroom's live desk shows: every update of the coverage, drafts included, with what
// its composer needs to change it; and who may be named in a byline.

export async function getLiveDesk(articleId: number) {
  await requireRole('contributor');
  const db = getDb();
  const article = await db
    .selectFrom('articles')
    .select(['id', 'headline', 'status', 'live_started_at', 'live_ended_at'])
    .where('id', '=', articleId)
    .executeTakeFirst();
  if (!article) return null;
  const [updates, bylines, authors, library] = await Promise.all([
    db
      .selectFrom('live_updates as u')
      .leftJoin('users as w', 'w.id', 'u.created_by')
      .select(['u.id', 'u.status', 'u.headline', 'u.body', 'u.key_event', 'u.pinned', 'u.posted_at', 'u.edited_at', 'u.created_at', 'u.created_by', 'u.version', 'w.name as writer'])
      .where('u.article_id', '=', articleId)
      // Drafts first (they are waiting for an editor), then the newest posted.
      .orderBy((eb) => eb.case().when('u.status', '=', 'draft').then(0).else(1).end())
      .orderBy('u.posted_at', 'desc')
      .orderBy('u.id', 'desc')
      .execute(),
    db
      .selectFrom('live_update_bylines as b')
      .innerJoin('live_updates as u', 'u.id', 'b.update_id')
      .select(['b.update_id', 'b.author_id'])
      .where('u.article_id', '=', articleId)
      .orderBy('b.position')
      .execute(),
    db.selectFrom('authors').select(['id', 'name', 'type']).orderBy('name').execute(),
    // The newest pictures with alt text, to pick one without uploading it again.
    searchLibrary('', 30),
  ]);
  return {
    article,
    authors,
    library: library.filter((picture) => picture.alt.trim()).map((picture) => ({ src: picture.src, alt: picture.alt })),
    updates: updates.map((u) => {
      const { text, pictures } = composerTextOf(parseStoredStory(u.body));
      return {
        id: u.id,
        status: u.status,
        headline: u.headline,
        text,
        pictures: pictures.map((p) => ({ src: p.src, alt: p.alt })),
        keyEvent: u.key_event === 1,
        pinned: u.pinned === 1,
        postedAt: u.posted_at,
        editedAt: u.edited_at,
        createdBy: u.created_by,
        writer: u.writer,
        version: u.version,
        bylines: bylines.filter((b) => b.update_id === u.id).map((b) => b.author_id),
      };
    }),
  };
}

export type LiveDesk = NonNullable<Awaited<ReturnType<typeof getLiveDesk>>>;
export type LiveDeskUpdate = LiveDesk['updates'][number];
