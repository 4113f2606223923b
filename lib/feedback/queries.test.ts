import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { importContent } from '../newsroom/import';
import { closeDb, getDb } from '../db/client';
import { migrateToLatest } from '../db/migrate';
import { NotAllowedError } from '../auth/not-allowed';
import type { Role } from '../auth/roles';
import {
  countFeedbackPerDay,
  feedbackPageSize,
  listFeedback,
  listFeedbackForCsv,
  setFeedbackStatus,
} from './queries';

const caller = vi.hoisted(() => ({ role: 'editor' as Role }));
vi.mock('../auth/current-user', async () => (await import('../test/fake-current-user')).fakeCurrentUser(caller));

let first: number;
let second: number;
const now = new Date('2026-11-28T05:00:00Z'); // 12:00 in Jakarta

async function insert(
  articleId: number,
  createdAt: string,
  message: string,
  status: 'new' | 'read' = 'new',
) {
  await getDb()
    .insertInto('feedback')
    .values({
      article_id: articleId,
      message,
      created_at: createdAt,
      status,
      paragraph_anchor: null,
      paragraph_quote: null,
      client_hash: 'c',
      idempotency_key: crypto.randomUUID(),
    })
    .execute();
}

beforeAll(async () => {
  await migrateToLatest();
  await importContent(getDb(), path.resolve('content'));
  [first, second] = (
    await getDb()
      .selectFrom('articles')
      .select('id')
      .where('status', '=', 'published')
      .orderBy('id')
      .limit(2)
      .execute()
  ).map((r) => r.id) as [number, number];
  // 60 messages on the first article, one a minute from 00:00 UTC on the 27th.
  for (let i = 0; i < 60; i++)
    await insert(first, new Date(Date.UTC(2026, 10, 27, 0, i)).toISOString(), `Message ${i}`);
  await insert(
    second,
    '2026-11-27T17:30:00.000Z',
    'Late evening in UTC, already the 28th in Jakarta',
    'read',
  );
});
afterAll(closeDb);
beforeEach(() => {
  caller.role = 'editor';
});

describe('feedback queries', () => {
  it('pages newest first, with the article and its public path', async () => {
    const page1 = await listFeedback({});
    expect(page1.total).toBe(61);
    expect(page1.pageCount).toBe(2);
    expect(page1.items).toHaveLength(feedbackPageSize);
    expect(page1.items.slice(0, 3).map((i) => i.message)).toEqual([
      'Late evening in UTC, already the 28th in Jakarta',
      'Message 59',
      'Message 58',
    ]);
    expect(page1.items[0]!.articlePath).toMatch(/^\/[\w-]+\/\d{4}\/\d\d\/\d\d\/[\w-]+$/);
    const page2 = await listFeedback({ page: 2 });
    expect(page2.items.map((i) => i.message).at(-1)).toBe('Message 0');
    expect((await listFeedback({ page: 99 })).page).toBe(2);
  });

  it('filters by status and by article', async () => {
    expect((await listFeedback({ status: 'read' })).items.map((i) => i.articleId)).toEqual([
      second,
    ]);
    expect((await listFeedback({ articleId: first })).total).toBe(60);
    expect(await listFeedbackForCsv({ articleId: second, status: 'new' })).toEqual([]);
  });

  it('sets the status of several messages at once', async () => {
    const ids = (await listFeedback({ articleId: first })).items.slice(0, 3).map((i) => i.id);
    expect(await setFeedbackStatus(ids, 'spam')).toBe(3);
    expect((await listFeedback({ status: 'spam' })).items.map((i) => i.id)).toEqual(ids);
  });

  it("counts per day in the publication's time zone, empty days included", async () => {
    const days = await countFeedbackPerDay(30, now);
    expect(days).toHaveLength(30);
    // 00:00–00:59 UTC on the 27th is 07:00–07:59 in Jakarta; 17:30 UTC is 00:30 on the 28th.
    expect(days.slice(-2)).toEqual([
      { day: '2026-11-27', count: 60 },
      { day: '2026-11-28', count: 1 },
    ]);
    expect(days.slice(0, -2).every((d) => d.count === 0)).toBe(true);
  });

  it('is for editors and admins only', async () => {
    caller.role = 'contributor';
    await expect(listFeedback({})).rejects.toThrow(NotAllowedError);
    await expect(countFeedbackPerDay()).rejects.toThrow(NotAllowedError);
    await expect(setFeedbackStatus([1], 'read')).rejects.toThrow(NotAllowedError);
    caller.role = 'editor';
    expect((await listFeedback({ status: 'new' })).total).toBe(57);
  });
});
