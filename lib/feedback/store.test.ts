import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importContent } from '../newsroom/import';
import { closeDb, getDb } from '../db/client';
import { migrateToLatest } from '../db/migrate';
import { addressRateLimit, rateLimit, readerRateLimit, storeFeedback } from './store';

let articleId: number;
let published: number[];
beforeAll(async () => {
  await migrateToLatest();
  await importContent(getDb(), path.resolve('content'));
  published = (await getDb().selectFrom('articles').select('id').where('status', '=', 'published').orderBy('id').execute()).map((r) => r.id);
  articleId = published[0]!;
});
afterAll(closeDb);

const message = (n: number) => `Reader message number ${n}, long enough to be accepted.`;
const rowsWhere = (column: 'client_hash' | 'reader_hash', value: string) =>
  getDb().selectFrom('feedback').select('message').where(column, '=', value).execute();

describe('storeFeedback', () => {
  it('stores a message once per form key', async () => {
    const input = { articleId, message: message(1), clientHash: 'client-a', readerHash: 'reader-a', idempotencyKey: crypto.randomUUID() };
    expect(await storeFeedback(input)).toBe('stored');
    expect(await storeFeedback(input)).toBe('duplicate');
  });

  it('without a key, the same message from the same address is one row, whoever the reader claims to be', async () => {
    const input = { articleId, message: message(2), clientHash: 'client-b', readerHash: 'reader-b' };
    expect(await storeFeedback(input)).toBe('stored');
    expect(await storeFeedback(input)).toBe('duplicate');
    // A client that drops its cookie comes back as a new reader: still not stored again.
    expect(await storeFeedback({ ...input, readerHash: 'reader-b-again' })).toBe('duplicate');
    expect(await rowsWhere('client_hash', 'client-b')).toHaveLength(1);
    expect(await storeFeedback({ ...input, clientHash: 'client-c', readerHash: 'reader-c' })).toBe('stored');
  });

  it('thanks 300 different readers behind one carrier gateway, each stored once', async () => {
    const now = new Date('2026-11-27T00:00:00Z');
    const gateway = 'carrier-gateway';
    const results = [];
    for (let n = 0; n < 300; n++) {
      const input = { articleId, message: message(2000 + n), clientHash: gateway, readerHash: `phone-${n}` };
      results.push(await storeFeedback(input, now));
      // Sent twice (a reload, a second tap): still one row.
      if (n % 50 === 0) expect(await storeFeedback(input, now)).toBe('duplicate');
    }
    expect(results.every((r) => r === 'stored')).toBe(true);
    expect(await rowsWhere('client_hash', gateway)).toHaveLength(300);
  });

  it(`limits a reader to ${rateLimit.max} messages per article per window, wherever it posts from`, async () => {
    const now = new Date('2026-11-28T00:00:00Z');
    const send = (n: number, at = now) =>
      // A phone that moves between networks (or a gateway that rotates addresses) is one reader.
      storeFeedback({ articleId, message: message(100 + n), clientHash: `address-${n % 3}`, readerHash: 'reader-d' }, at);
    for (let n = 0; n < rateLimit.max; n++) expect(await send(n)).toBe('stored');
    expect(await send(99)).toBe('rate-limited');
    expect(await send(97)).toBe('rate-limited');
    expect(await rowsWhere('reader_hash', 'reader-d')).toHaveLength(rateLimit.max);
    // Others at the same address are not held up by it.
    expect(await storeFeedback({ articleId, message: message(199), clientHash: 'address-0', readerHash: 'reader-d2' }, now)).toBe('stored');
    expect(await send(98, new Date(now.getTime() + rateLimit.windowMs + 1000))).toBe('stored');
  });

  it(`limits a reader to ${readerRateLimit.max} messages across all articles per window`, async () => {
    const now = new Date('2026-11-29T00:00:00Z');
    const ids = published.slice(0, 6);
    const send = (article: number, n: number, clientHash = `everywhere-${n}`) =>
      storeFeedback({ articleId: article, message: message(500 + n), clientHash, readerHash: 'reader-everywhere' }, now);
    let n = 0;
    for (const article of ids.slice(0, 5)) for (let i = 0; i < 4; i++) expect(await send(article, n++)).toBe('stored');
    expect(await send(ids[5]!, n++)).toBe('rate-limited');
    expect(await storeFeedback({ articleId: ids[5]!, message: message(600), clientHash: 'everywhere-1', readerHash: 'someone-else' }, now)).toBe('stored');
  });

  it(`keeps a ceiling of ${addressRateLimit.max} messages per address per window, for clients that drop the cookie`, async () => {
    const now = new Date('2026-11-30T00:00:00Z');
    // A bot without a cookie is a new reader on every post, spread over articles.
    const send = (n: number, clientHash = 'cookie-less-bot') =>
      storeFeedback({ articleId: published[n % published.length]!, message: message(10_000 + n), clientHash, readerHash: `fresh-${n}` }, now);
    for (let n = 0; n < addressRateLimit.max; n++) expect(await send(n)).toBe('stored');
    expect(await send(addressRateLimit.max)).toBe('rate-limited');
    expect(await rowsWhere('client_hash', 'cookie-less-bot')).toHaveLength(addressRateLimit.max);
    expect(await send(addressRateLimit.max + 1, 'another-address')).toBe('stored');
  });

  it('refuses unknown or unpublished articles', async () => {
    expect(await storeFeedback({ articleId: 999_999, message: message(3), clientHash: 'client-e', readerHash: 'reader-e' })).toBe('no-article');
  });

  it('loses nothing under parallel submissions', async () => {
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        storeFeedback({ articleId, message: message(1000 + i), clientHash: 'parallel-gateway', readerHash: `parallel-${i % 20}` }),
      ),
    );
    const stored = results.filter((r) => r === 'stored').length;
    const rows = await rowsWhere('client_hash', 'parallel-gateway');
    expect(rows).toHaveLength(stored);
    expect(stored).toBe(100);
  });
});
