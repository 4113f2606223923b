import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, getDialect } from '../db/client';
import { migrateToLatest } from '../db/migrate';
import { getEnv } from '../env';
import { copyPictures, migrateMediaFolder } from './migrate-folder';
import { readMedia } from './storage';
import { databaseStorage } from './storage-database';
import { folderStorage } from './storage-folder';

// `npm run media:migrate`: a single machine's MEDIA_DIR, copied into the shared storage.

beforeAll(async () => {
  await migrateToLatest();
});
afterAll(() => closeDb());

/** A MEDIA_DIR as a single machine leaves it: pictures, crops made from them, and a stray file. */
async function usedFolder(pictures: Record<string, string>): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-media-migrate-'));
  for (const [name, text] of Object.entries(pictures)) await fs.writeFile(path.join(dir, name), text);
  await fs.mkdir(path.join(dir, 'derived'));
  await fs.writeFile(path.join(dir, 'derived', '1x1-50-50-old-photo-webp.jpg'), 'a crop');
  await fs.writeFile(path.join(dir, 'upload-1.webp.4242.partial'), 'half a picture');
  return dir;
}

describe('copying a media folder into the shared storage', () => {
  it('copies each picture once: a second run copies nothing', async () => {
    const dir = await usedFolder({ 'old-photo.webp': 'old photo', 'old-portrait.jpg': 'old portrait' });
    const shared = databaseStorage();
    expect(await copyPictures(folderStorage(dir), shared)).toEqual({ copied: 2, present: 0 });
    expect(await copyPictures(folderStorage(dir), shared)).toEqual({ copied: 0, present: 2 });
    expect((await shared.get('old-portrait.jpg'))?.toString()).toBe('old portrait');
  });

  it('copies originals only, not the crops made from them nor files that are no pictures', async () => {
    const dir = await usedFolder({ 'only-original.png': 'original' });
    const shared = databaseStorage();
    await copyPictures(folderStorage(dir), shared);
    const names = await shared.list();
    expect(names).toContain('only-original.png');
    expect(names.filter((name) => name.includes('partial') || name.startsWith('1x1-'))).toEqual([]);
  });

  // Each half of the suite checks its own database: PostgreSQL shares pictures, SQLite keeps the folder.
  it('moves MEDIA_DIR into PostgreSQL, where the app then reads it; on SQLite without a bucket the folder is the storage', async () => {
    if (getDialect() === 'sqlite') {
      expect(await migrateMediaFolder()).toEqual({ to: 'folder' });
      return;
    }
    const mediaDir = path.resolve(getEnv().MEDIA_DIR);
    await fs.mkdir(mediaDir, { recursive: true });
    await fs.writeFile(path.join(mediaDir, 'before-postgres.webp'), 'kept on one machine');
    expect(await readMedia('before-postgres.webp')).toBeNull();
    expect(await migrateMediaFolder()).toEqual({ to: 'database', copied: 1, present: 0 });
    expect(await migrateMediaFolder()).toEqual({ to: 'database', copied: 0, present: 1 });
    expect((await readMedia('before-postgres.webp'))?.toString()).toBe('kept on one machine');
  });
});
