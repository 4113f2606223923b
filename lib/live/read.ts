import { getDb } from '../db/client';
import type { BylineView } from '../articles/schema';
import type { Story } from '../story/schema';
import { parseStoredStory } from '../story/stored';

// Uncached reads of a live article's posted updates, as plain view objects (lib/live/queries.ts
// caches them for pages and the poll). Drafts are never read here.

export interface LiveUpdateView {
  id: number;
  postedAt: string;
  /** When it last changed after it was posted. */
  editedAt: string | null;
  headline: string | null;
  story: Story;
  keyEvent: boolean;
  pinned: boolean;
  bylines: BylineView[];
  /** How many times it was saved: open pages compare it to replace what changed. */
  version: number;
}

export interface KeyEventView {
  id: number;
  postedAt: string;
  headline: string | null;
  /** The update's first words, for a key event without a headline. */
  summary: string;
}

/** Updates shown per page of the coverage, newest first. */
export const updatesPerPage = 50;

function posted(articleId: number) {
  return getDb().selectFrom('live_updates').where('article_id', '=', articleId).where('status', '=', 'published').where('posted_at', 'is not', null);
}

async function bylinesOf(updateIds: number[]): Promise<Map<number, BylineView[]>> {
  const map = new Map<number, BylineView[]>();
  if (updateIds.length === 0) return map;
  const rows = await getDb()
    .selectFrom('live_update_bylines as b')
    .innerJoin('authors as a', 'a.id', 'b.author_id')
    .select(['b.update_id', 'a.name', 'a.slug', 'a.type', 'a.role', 'a.photo_src'])
    .where('b.update_id', 'in', updateIds)
    .orderBy('b.update_id')
    .orderBy('b.position')
    .execute();
  for (const row of rows) {
    map.set(row.update_id, [...(map.get(row.update_id) ?? []), { name: row.name, slug: row.slug, type: row.type, organization: null, role: row.role, photoSrc: row.photo_src }]);
  }
  return map;
}

type Row = { id: number; posted_at: string | null; edited_at: string | null; headline: string | null; body: string; key_event: number; pinned: number; version: number };

async function views(rows: Row[]): Promise<LiveUpdateView[]> {
  const bylines = await bylinesOf(rows.map((r) => r.id));
  return rows.map((row) => ({
    id: row.id,
    postedAt: row.posted_at!,
    editedAt: row.edited_at,
    headline: row.headline,
    story: parseStoredStory(row.body),
    keyEvent: row.key_event === 1,
    pinned: row.pinned === 1,
    bylines: bylines.get(row.id) ?? [],
    version: row.version,
  }));
}

const columns = ['id', 'posted_at', 'edited_at', 'headline', 'body', 'key_event', 'pinned', 'version'] as const;

export interface LivePage {
  pinned: LiveUpdateView | null;
  keyEvents: KeyEventView[];
  updates: LiveUpdateView[];
  page: number;
  pageCount: number;
  total: number;
}

/** Page `page` of the coverage (newest first), with the pinned update (shown above, not in the list) and the key events. */
export async function readLivePage(articleId: number, page: number): Promise<LivePage> {
  const [{ n }, rows, pinnedRows, keyRows] = await Promise.all([
    posted(articleId).select((eb) => eb.fn.countAll<number>().as('n')).where('pinned', '=', 0).executeTakeFirstOrThrow(),
    posted(articleId)
      .select(columns)
      .where('pinned', '=', 0)
      .orderBy('posted_at', 'desc')
      .orderBy('id', 'desc')
      .limit(updatesPerPage)
      .offset((page - 1) * updatesPerPage)
      .execute(),
    posted(articleId).select(columns).where('pinned', '=', 1).limit(1).execute(),
    posted(articleId).select(['id', 'posted_at', 'headline', 'body_text']).where('key_event', '=', 1).orderBy('posted_at', 'desc').limit(30).execute(),
  ]);
  const total = Number(n);
  const [updates, pinned] = await Promise.all([views(rows), views(pinnedRows)]);
  return {
    pinned: pinned[0] ?? null,
    keyEvents: keyRows.map((r) => ({ id: r.id, postedAt: r.posted_at!, headline: r.headline, summary: r.body_text.length > 90 ? `${r.body_text.slice(0, 90)}…` : r.body_text })),
    updates,
    page,
    pageCount: Math.max(1, Math.ceil(total / updatesPerPage)),
    total,
  };
}

/** Every posted update's id and how many times it changed, newest first: what open pages compare against. */
export async function readLiveVersions(articleId: number): Promise<{ id: number; version: number; pinned: boolean }[]> {
  const rows = await posted(articleId).select(['id', 'version', 'pinned']).orderBy('posted_at', 'desc').orderBy('id', 'desc').execute();
  return rows.map((row) => ({ id: row.id, version: row.version, pinned: row.pinned === 1 }));
}
