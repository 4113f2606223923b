import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importContent } from '../newsroom/import';
import { closeDb, getDb } from '../db/client';
import { migrateToLatest } from '../db/migrate';
import { clientRateLimit, rateLimit, storeFeedback } from './store';

let articleId: number;
beforeAll(async () => {
  await migrateToLatest();
  await importContent(getDb(), path.resolve('content'));
  articleId = (await getDb().selectFrom('articles').select('id').executeTakeFirstOrThrow()).id;
});
afterAll(closeDb);

const message = (n: number) => `Reader message number ${n}, long enough to be accepted.`;

describe('storeFeedback', () => {
  it('stores a message once per form key', async () => {
    const input = { articleId, message: message(1), clientHash: 'client-a', idempotencyKey: crypto.randomUUID() };
    expect(await storeFeedback(input)).toBe('stored');
    expect(await storeFeedback(input)).toBe('duplicate');
  });

  it('without a key, the same message from the same client is one row', async () => {
    const input = { articleId, message: message(2), clientHash: 'client-b' };
    expect(await storeFeedback(input)).toBe('stored');
    expect(await storeFeedback(input)).toBe('duplicate');
    expect(await storeFeedback({ ...input, clientHash: 'client-c' })).toBe('stored');
  });

  it(`limits a client to ${rateLimit.max} messages per article per window`, async () => {
    const now = new Date('2026-11-28T00:00:00Z');
    const send = (n: number, at = now) => storeFeedback({ articleId, message: message(100 + n), clientHash: 'client-d' }, at);
    for (let n = 0; n < rateLimit.max; n++) expect(await send(n)).toBe('stored');
    expect(await send(99)).toBe('rate-limited');
    expect(await send(98, new Date(now.getTime() + rateLimit.windowMs + 1000))).toBe('stored');
  });

  it(`limits a client to ${clientRateLimit.max} messages across all articles per window`, async () => {
    const now = new Date('2026-11-29T00:00:00Z');
    const ids = (await getDb().selectFrom('articles').select('id').where('status', '=', 'published').limit(6).execute()).map((r) => r.id);
    const send = (article: number, n: number) => storeFeedback({ articleId: article, message: message(500 + n), clientHash: 'client-everywhere' }, now);
    let n = 0;
    for (const article of ids.slice(0, 5)) for (let i = 0; i < 4; i++) expect(await send(article, n++)).toBe('stored');
    expect(await send(ids[5]!, n++)).toBe('rate-limited');
    expect(await storeFeedback({ articleId: ids[5]!, message: message(600), clientHash: 'someone-else' }, now)).toBe('stored');
  });

  it('refuses unknown or unpublished articles', async () => {
    expect(await storeFeedback({ articleId: 999_999, message: message(3), clientHash: 'client-e' })).toBe('no-article');
  });

  it('loses nothing under parallel submissions', async () => {
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => storeFeedback({ articleId, message: message(1000 + i), clientHash: `parallel-${i % 20}` })),
    );
    const stored = results.filter((r) => r === 'stored').length;
    const rows = await getDb().selectFrom('feedback').select('id').where('client_hash', 'like', 'parallel-%').execute();
    expect(rows).toHaveLength(stored);
    expect(stored).toBe(100);
  });
});
