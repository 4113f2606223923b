import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { storyToMarkdown } from '../../story/to-markdown';
import { eachPage, groupBy, pageSize } from '../pages';
import { mediaFileOf, storyOf } from './documents';
import type { NdjsonFile } from './ndjson';

// The other line files of the export. Accounts are not exported: a revision names the account
// that saved it by its display name only, and no password hash, session, sign-in record, or
// feedback sender's hash leaves the database.

export async function exportRevisions(db: Kysely<Database>, out: NdjsonFile): Promise<void> {
  await eachPage(
    (after) =>
      db
        .selectFrom('article_revisions as r')
        .leftJoin('users as u', 'u.id', 'r.saved_by')
        .select(['r.id', 'r.article_id', 'r.version', 'r.saved_at', 'u.name', 'r.snapshot'])
        .where('r.id', '>', after)
        .orderBy('r.id')
        .limit(pageSize)
        .execute(),
    async (rows) => {
      for (const r of rows) {
        await out.write({ id: r.id, articleId: r.article_id, version: r.version, savedAt: r.saved_at, savedBy: r.name, snapshot: JSON.parse(r.snapshot) as unknown });
      }
    },
  );
}

export async function exportPeople(db: Kysely<Database>, out: NdjsonFile): Promise<void> {
  await eachPage(
    (after) => db.selectFrom('authors').select(['id', 'slug', 'name', 'type', 'role', 'bio', 'photo_src']).where('id', '>', after).orderBy('id').limit(pageSize).execute(),
    async (rows) => {
      for (const p of rows) {
        const photo = p.photo_src ? { src: p.photo_src, file: mediaFileOf(p.photo_src) } : null;
        await out.write({ id: p.id, slug: p.slug, name: p.name, type: p.type, role: p.role, bio: p.bio, photo });
      }
    },
  );
}

export async function exportFeedback(db: Kysely<Database>, out: NdjsonFile): Promise<void> {
  await eachPage(
    (after) =>
      db
        .selectFrom('feedback')
        .select(['id', 'article_id', 'message', 'paragraph_anchor', 'paragraph_quote', 'status', 'created_at'])
        .where('id', '>', after)
        .orderBy('id')
        .limit(pageSize)
        .execute(),
    async (rows) => {
      for (const f of rows) {
        await out.write({
          id: f.id,
          articleId: f.article_id,
          message: f.message,
          paragraphAnchor: f.paragraph_anchor,
          paragraphQuote: f.paragraph_quote,
          status: f.status,
          createdAt: f.created_at,
        });
      }
    },
  );
}

export async function exportLiveUpdates(db: Kysely<Database>, out: NdjsonFile): Promise<void> {
  await eachPage(
    (after) => db.selectFrom('live_updates').selectAll().where('id', '>', after).orderBy('id').limit(pageSize).execute(),
    async (rows) => {
      const bylines = groupBy(
        await db
          .selectFrom('live_update_bylines as b')
          .innerJoin('authors as a', 'a.id', 'b.author_id')
          .select(['b.update_id', 'a.id', 'a.slug', 'a.name', 'a.type'])
          .where(
            'b.update_id',
            'in',
            rows.map((r) => r.id),
          )
          .orderBy('b.update_id')
          .orderBy('b.position')
          .execute(),
        (b) => b.update_id,
      );
      for (const u of rows) {
        const story = storyOf(u.body, `live update ${u.id} of article ${u.article_id}`);
        await out.write({
          id: u.id,
          articleId: u.article_id,
          status: u.status,
          headline: u.headline,
          keyEvent: Number(u.key_event) === 1,
          pinned: Number(u.pinned) === 1,
          postedAt: u.posted_at,
          editedAt: u.edited_at,
          createdAt: u.created_at,
          modifiedAt: u.modified_at,
          version: u.version,
          bylines: (bylines.get(u.id) ?? []).map((b) => ({ personId: b.id, slug: b.slug, name: b.name, type: b.type })),
          story,
          markdown: storyToMarkdown(story),
        });
      }
    },
  );
}
