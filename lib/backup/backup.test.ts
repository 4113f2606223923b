import fs from 'node:fs/promises';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, getDb } from '../db/client';
import type { Database } from '../db/schema';
import { getMediaStorage, readMedia } from '../media/storage';
import { takeBackup } from './backup';
import { listMigrations } from './inventory';
import { manifestSchema, type Manifest } from './schema';
import { openInstance, otherInstance, removeScratch, runScript, scratch, seedNewsroom, type Newsroom } from './testing';

// A backup of a newsroom with something of every kind, restored by `npm run restore` into
// another instance (its own SQLite file and media folder, or PostgreSQL database), on the
// database the suite runs on.

let newsroom: Newsroom;
let backup: { folder: string; manifest: Manifest };
const parent = path.join(scratch, 'backups');

beforeAll(async () => {
  newsroom = await seedNewsroom();
  backup = await takeBackup(parent);
}, 60_000);
afterAll(async () => {
  await closeDb();
  await removeScratch();
});

/** Everything a restore must bring back, row for row. */
async function contentOf(db: Kysely<Database>) {
  return {
    articles: await db.selectFrom('articles').select(['id', 'slug', 'headline', 'body', 'status', 'version', 'hero_src']).orderBy('id').execute(),
    revisions: await db.selectFrom('article_revisions').select(['id', 'article_id', 'version', 'snapshot']).orderBy('id').execute(),
    users: await db.selectFrom('users').select(['id', 'email', 'password_hash', 'role']).orderBy('id').execute(),
    feedback: await db.selectFrom('feedback').select(['id', 'article_id', 'message', 'status']).orderBy('id').execute(),
    library: await db.selectFrom('media').select(['src', 'alt', 'focal_x', 'focal_y']).orderBy('src').execute(),
  };
}

describe('npm run backup', () => {
  it('writes a manifest that describes the database and every picture', async () => {
    const manifest = manifestSchema.parse(JSON.parse(await fs.readFile(path.join(backup.folder, 'manifest.json'), 'utf8')));
    const source = await contentOf(getDb());
    expect(path.basename(backup.folder)).toMatch(/^dateline-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ$/);
    expect(manifest.database.migrations).toEqual(await listMigrations(getDb()));
    expect(manifest.counts).toEqual({
      articles: source.articles.length,
      revisions: source.revisions.length,
      users: 1,
      feedback: 1,
      mediaFiles: (await getMediaStorage().list()).length,
    });
    expect(manifest.counts.revisions).toBeGreaterThanOrEqual(2);
    expect(manifest.files.map((f) => f.path)).toContain(`media/${newsroom.upload.name}`);
    expect(manifest.missingMedia).toEqual([]);
  });
});

describe('npm run restore', () => {
  it('brings back every article, revision, account, feedback message and picture in another instance', async () => {
    const env = await otherInstance();
    const result = runScript('restore.ts', [backup.folder], env);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);

    const restored = await openInstance(env);
    try {
      expect(await contentOf(restored.db)).toEqual(await contentOf(getDb()));
      const names = await getMediaStorage().list();
      expect(await restored.listMedia()).toEqual(expect.arrayContaining(names));
      for (const name of names) expect(await restored.readMedia(name), name).toEqual(await readMedia(name));
      expect(await restored.readMedia(newsroom.upload.name)).toEqual(newsroom.upload.bytes);
    } finally {
      await restored.close();
    }
  }, 60_000);

  it('leaves a database that holds data alone, unless told --force', async () => {
    const env = await otherInstance();
    expect(runScript('restore.ts', [backup.folder], env).status).toBe(0);
    const again = runScript('restore.ts', [backup.folder], env);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already holds articles, accounts or feedback.*--force/s);
    expect(runScript('restore.ts', [backup.folder, '--force'], env).status).toBe(0);
  }, 60_000);

  it('refuses a damaged backup before it changes anything', async () => {
    const damaged = `${backup.folder}-damaged`;
    await fs.cp(backup.folder, damaged, { recursive: true });
    await fs.appendFile(path.join(damaged, 'media', newsroom.upload.name), 'x');
    const env = await otherInstance();
    const result = runScript('restore.ts', [damaged], env);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`media/${newsroom.upload.name}: changed since the backup`);
    const untouched = await openInstance(env);
    try {
      // On PostgreSQL the pictures live in the database, which has no tables at all yet.
      expect(await untouched.listMedia().catch(() => [])).toEqual([]);
      await expect(untouched.db.selectFrom('articles').select('id').execute()).rejects.toThrow(/articles/);
    } finally {
      await untouched.close();
    }
  }, 60_000);
});
