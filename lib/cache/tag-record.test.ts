import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { closeDb, getDb } from '../db/client';
import { migrateToLatest } from '../db/migrate';
import { untilHearing } from '../test/hearing';
import { expireTags, isFresh, notifyPayloads, readStamp, stopHearing } from './tag-record';

// The shared record on a real database: SQLite by default, PostgreSQL when the suite runs there
// (scripts/test-postgres.mjs), where this process hears other processes through LISTEN/NOTIFY.
beforeAll(async () => {
  await migrateToLatest();
});
afterAll(async () => {
  await stopHearing();
  await closeDb();
});

function otherProcess(tag: string, first: number, count: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'lib/test/expire-tags-process.ts', tag, String(first), String(count)], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`writer exited ${code}`))));
  });
}

const hearing = untilHearing;

describe('the cache tag record', () => {
  it('keeps fresh what was read after every expiry of its tags', async () => {
    await hearing();
    await expireTags(['article:1', 'front-page']);
    const stamp = readStamp();
    expect(isFresh(['article:1', 'front-page', 'never-expired'], stamp)).toBe(true);
    expect(isFresh([], stamp)).toBe(true);
  });

  it('makes stale what was read before an expiry this process wrote, before the write returns', async () => {
    await hearing();
    const stamp = readStamp();
    await expireTags(['article:2']);
    expect(isFresh(['article:2'], stamp)).toBe(false);
    expect(isFresh(['article:3'], stamp)).toBe(true);
  });

  it('keeps the later of two expiry times, whichever is written last', async () => {
    await expireTags(['section:news'], 9_000);
    await expireTags(['section:news'], 5_000);
    const row = await getDb().selectFrom('cache_tag_expirations').select('expired_at').where('tag', '=', 'section:news').executeTakeFirstOrThrow();
    expect(Number(row.expired_at)).toBe(9_000);
  });

  it('hears what another process expired, at once on SQLite and within moments on PostgreSQL', async () => {
    await hearing();
    const tag = `seen-elsewhere-${Date.now()}`;
    const stamp = readStamp();
    expect(isFresh([tag], stamp)).toBe(true);
    await otherProcess(tag, Date.now(), 1);
    await expect.poll(() => isFresh([tag], stamp), { timeout: 2_000, interval: 10 }).toBe(false);
    expect(isFresh([tag], readStamp())).toBe(true);
  });

  it('takes writes from several processes at once, losing none', async () => {
    await hearing();
    const stamp = readStamp();
    const base = Date.now();
    await Promise.all([0, 1, 2, 3].map((n) => otherProcess(`busy-${n}`, base, 20)));
    for (const n of [0, 1, 2, 3]) {
      for (let i = 0; i < 20; i++) await expect.poll(() => isFresh([`busy-${n}:${i}`], stamp), { timeout: 2_000 }).toBe(false);
    }
    const rows = await getDb().selectFrom('cache_tag_expirations').select('tag').where('tag', 'like', 'busy-%').execute();
    expect(rows).toHaveLength(4 * 21);
  });

  it('is one record per process, however many copies of this module Next.js and our server load', async () => {
    await hearing();
    vi.resetModules();
    const other = await import('./tag-record');
    // A stamp taken by one copy is checked by another (the handler's, the front cache's).
    const stamp = readStamp();
    await other.expireTags(['loaded-twice']);
    expect(isFresh(['loaded-twice'], stamp)).toBe(false);
    expect(other.isFresh(['loaded-twice'], stamp)).toBe(false);
    expect(other.readStamp()).toBe(readStamp());
    expect(other.isFresh(['loaded-twice'], readStamp())).toBe(true);
  });

  it('splits long tag lists into notifications PostgreSQL accepts', () => {
    const tags = Array.from({ length: 500 }, (_, i) => `path:/world/2026/11/30/a-rather-long-article-slug-${i}`);
    const payloads = notifyPayloads(tags, 'origin-id');
    expect(payloads.length).toBeGreaterThan(1);
    for (const payload of payloads) expect(Buffer.byteLength(payload)).toBeLessThan(8_000);
    expect(payloads.flatMap((p) => (JSON.parse(p) as { tags: string[] }).tags)).toEqual(tags);
  });
});
