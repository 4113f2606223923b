import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb } from '../db/client';
import { migrateToLatest } from '../db/migrate';
import { expireTags, lastExpiry, notifyPayloads } from './tag-record';

// The shared record on a real database: SQLite by default, PostgreSQL when the suite runs there
// (scripts/test-postgres.mjs), where reads come from the LISTEN/NOTIFY copy.
beforeAll(async () => {
  await migrateToLatest();
});
afterAll(closeDb);

function otherProcess(tag: string, first: number, count: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'lib/test/expire-tags-process.ts', tag, String(first), String(count)], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`writer exited ${code}`))));
  });
}

describe('the cache tag record', () => {
  it('knows nothing of a tag that never expired', async () => {
    expect(await lastExpiry(['never-expired'])).toBe(0);
    expect(await lastExpiry([])).toBe(0);
  });

  it('answers the latest expiry of any of the tags asked about', async () => {
    await expireTags(['article:1', 'front-page'], 1_000);
    await expireTags(['article:2'], 3_000);
    expect(await lastExpiry(['article:1'])).toBe(1_000);
    expect(await lastExpiry(['article:1', 'article:2', 'unknown'])).toBe(3_000);
  });

  it('keeps the later of two expiries, whichever is written last', async () => {
    await expireTags(['section:news'], 9_000);
    await expireTags(['section:news'], 5_000);
    expect(await lastExpiry(['section:news'])).toBe(9_000);
  });

  it('takes writes from several processes at once, losing none', async () => {
    const base = Date.now();
    await Promise.all([0, 1, 2, 3].map((n) => otherProcess('busy', base + n * 1_000, 20)));
    await expect.poll(() => lastExpiry(['busy']), { timeout: 2_000 }).toBe(base + 3_019);
    for (let i = 0; i < 20; i++) expect(await lastExpiry([`busy:${i}`])).toBe(base + 3_000 + i);
  });

  it('sees at once (or within moments, on PostgreSQL) what another process expired after it last read', async () => {
    const tag = `seen-elsewhere-${Date.now()}`;
    expect(await lastExpiry([tag])).toBe(0);
    const at = Date.now();
    await otherProcess(tag, at, 1);
    await expect.poll(() => lastExpiry([tag]), { timeout: 2_000, interval: 50 }).toBe(at);
  });

  it('splits long tag lists into notifications PostgreSQL accepts', () => {
    const tags = Array.from({ length: 500 }, (_, i) => `path:/world/2026/11/30/a-rather-long-article-slug-${i}`);
    const payloads = notifyPayloads(tags, 42);
    expect(payloads.length).toBeGreaterThan(1);
    for (const payload of payloads) expect(Buffer.byteLength(payload)).toBeLessThan(8_000);
    expect(payloads.flatMap((p) => (JSON.parse(p) as { tags: string[] }).tags)).toEqual(tags);
  });
});
