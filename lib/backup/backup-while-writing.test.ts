import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { closeDb, getDb, getDialect } from '../db/client';
import { migrateToLatest } from '../db/migrate';
import { storyFromMarkdown } from '../story/from-markdown';
import { storyColumns } from '../story/stored';
import { newArticleRow } from '../test/article-row';
import { takeBackup } from './backup';
import { openInstance, otherInstance, removeScratch, runScript, scratch } from './testing';

// A backup taken while another process saves as fast as it can: the site must go on saving, and
// the backup must hold exactly the saves committed before its snapshot, each one whole.

const parent = path.join(scratch, 'backups');

beforeAll(async () => {
  await migrateToLatest();
  // Some megabytes of articles, so the copy takes long enough for saves to land while it runs.
  const story = storyColumns(storyFromMarkdown(Array.from({ length: 12 }, (_, i) => `Paragraph ${i} of a long archive story. `.repeat(8)).join('\n\n')));
  await getDb()
    .transaction()
    .execute(async (trx) => {
      for (let i = 0; i < 1000; i++) await trx.insertInto('articles').values({ ...newArticleRow(), ...story }).execute();
    });
}, 120_000);
afterAll(async () => {
  await closeDb();
  await removeScratch();
});

async function until(condition: () => boolean, what: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

it('holds a prefix of the saves made meanwhile, each one whole, in a sound database', async () => {
  const writer = spawn(process.execPath, ['--import', 'tsx', path.join('lib', 'backup', 'testing-writer.ts')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let saved = 0;
  let printed = '';
  writer.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    printed += chunk;
    const lines = printed.split('\n');
    printed = lines.pop()!;
    if (lines.length > 0) saved = Number(lines.at(-1));
  });
  let errors = '';
  writer.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
  const exited = once(writer, 'close');
  try {
    await until(() => saved >= 20, () => `the writer to start (${errors})`);
    const before = saved;
    const { folder } = await takeBackup(parent);
    const after = saved;
    await until(() => saved >= after + 20, () => `more saves after the backup (${saved} so far; ${errors})`);
    // The site was never stopped: saves went on while the backup ran.
    expect(after).toBeGreaterThan(before);

    writer.kill('SIGTERM');
    await exited;
    const env = await otherInstance();
    const restore = runScript('restore.ts', [folder], env);
    expect(restore.stderr).toBe('');
    expect(restore.status).toBe(0);

    if (getDialect() === 'sqlite') {
      const file = new SQLite(env.SQLITE_PATH!, { readonly: true });
      expect(file.pragma('integrity_check', { simple: true })).toBe('ok');
      file.close();
    }
    const restored = await openInstance(env);
    try {
      const rows = await restored.db
        .selectFrom('articles as a')
        .leftJoin('article_revisions as r', 'r.article_id', 'a.id')
        .select(['a.slug', sql<number>`count(r.id)`.as('revisions')])
        .where('a.slug', 'like', 'write-%')
        .groupBy('a.slug')
        .execute();
      const saves = rows.map((r) => Number(r.slug.slice('write-'.length))).sort((a, b) => a - b);
      const k = saves.length;
      expect(saves).toEqual(Array.from({ length: k }, (_, i) => i + 1));
      expect(rows.every((r) => Number(r.revisions) === 1)).toBe(true);
      expect(k).toBeGreaterThanOrEqual(before);
      expect(k).toBeLessThan(saved);
    } finally {
      await restored.close();
    }
  } finally {
    writer.kill('SIGTERM');
  }
}, 180_000);
