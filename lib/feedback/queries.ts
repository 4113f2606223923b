import 'server-only';
import { requireRole } from '../auth/current-user';
import { getDb } from '../db/client';
import { articlePath } from '../articles/urls';
import { getSite } from '../site';
import type { FeedbackFilters } from './filters';
import { countPerDay, dayWindow, type DayCount } from './per-day';
import type { FeedbackStatus } from './schema';

// The feedback inbox. Each read and write checks the caller's role itself: a page is not the only door.

export const feedbackPageSize = 50;

export interface FeedbackItem {
  id: number;
  createdAt: string;
  status: FeedbackStatus;
  message: string;
  paragraphAnchor: string | null;
  paragraphQuote: string | null;
  articleId: number;
  headline: string;
  /** Where readers find the article now; null once it is no longer published. */
  articlePath: string | null;
}

function filtered({ status, articleId }: FeedbackFilters) {
  let query = getDb()
    .selectFrom('feedback as f')
    .innerJoin('articles as a', 'a.id', 'f.article_id');
  if (status) query = query.where('f.status', '=', status);
  if (articleId) query = query.where('f.article_id', '=', articleId);
  return query;
}

async function readItems(
  filters: FeedbackFilters,
  limit?: number,
  offset = 0,
): Promise<FeedbackItem[]> {
  let query = filtered(filters)
    .select([
      'f.id',
      'f.created_at',
      'f.status',
      'f.message',
      'f.paragraph_anchor',
      'f.paragraph_quote',
      'f.article_id',
      'a.headline',
      'a.section',
      'a.slug',
      'a.status as article_status',
      'a.published_at',
    ])
    .orderBy('f.created_at', 'desc')
    .orderBy('f.id', 'desc');
  if (limit !== undefined) query = query.limit(limit).offset(offset);
  const rows = await query.execute();
  const { timeZone } = getSite();
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.created_at,
    status: r.status,
    message: r.message,
    paragraphAnchor: r.paragraph_anchor,
    paragraphQuote: r.paragraph_quote,
    articleId: r.article_id,
    headline: r.headline,
    articlePath:
      r.article_status === 'published' && r.published_at
        ? articlePath({ section: r.section, slug: r.slug, publishedAt: r.published_at }, timeZone)
        : null,
  }));
}

/** One page of the inbox, newest first. */
export async function listFeedback({ page = 1, ...filters }: FeedbackFilters & { page?: number }) {
  await requireRole('editor');
  const { total } = await filtered(filters)
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  const pageCount = Math.max(1, Math.ceil(Number(total) / feedbackPageSize));
  const current = Math.min(Math.max(1, Math.floor(page)), pageCount);
  const items = await readItems(filters, feedbackPageSize, (current - 1) * feedbackPageSize);
  return { items, page: current, pageCount, total: Number(total) };
}

/** Every message matching the filters, for the CSV export. */
export async function listFeedbackForCsv(filters: FeedbackFilters): Promise<FeedbackItem[]> {
  await requireRole('editor');
  return readItems(filters);
}

/** Articles that received feedback, for the inbox's article filter. */
export async function listFeedbackArticles() {
  await requireRole('editor');
  const rows = await getDb()
    .selectFrom('feedback as f')
    .innerJoin('articles as a', 'a.id', 'f.article_id')
    .select((eb) => ['a.id', 'a.headline', eb.fn.countAll<number>().as('count')])
    .groupBy(['a.id', 'a.headline'])
    .orderBy('a.headline')
    .execute();
  // PostgreSQL returns counts as strings.
  return rows.map((r) => ({ id: r.id, headline: r.headline, count: Number(r.count) }));
}

/** Sets the status of the given messages; returns how many exist. */
export async function setFeedbackStatus(ids: number[], status: FeedbackStatus): Promise<number> {
  await requireRole('editor');
  if (ids.length === 0) return 0;
  const result = await getDb()
    .updateTable('feedback')
    .set({ status })
    .where('id', 'in', ids)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Messages per day in the publication's time zone, oldest first, empty days included. */
export async function countFeedbackPerDay(days = 30, now = new Date()): Promise<DayCount[]> {
  await requireRole('editor');
  const { timeZone } = getSite();
  const window = dayWindow(days, now, timeZone);
  // Days are bucketed in JavaScript: the zone's calendar is not something SQLite and
  // PostgreSQL can be asked for alike.
  const rows = await getDb()
    .selectFrom('feedback')
    .select('created_at')
    .where('created_at', '>=', window.from)
    .where('created_at', '<', window.to)
    .execute();
  return countPerDay(
    rows.map((r) => r.created_at),
    window,
    timeZone,
  );
}
