import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, getDialect } from '../db/client';
import { migrateToLatest } from '../db/migrate';
import { getEnv } from '../env';
import { startS3StandIn, type S3StandIn } from './s3-stand-in';
import { readMedia, saveMedia, type MediaStorage } from './storage';
import { databaseStorage } from './storage-database';
import { folderStorage } from './storage-folder';
import { s3Storage } from './storage-s3';

// Every storage keeps the same promises, so callers need not know which one is configured. The
// database one runs on the suite's database (SQLite, then PostgreSQL in `npm run test:postgres`);
// the S3 one against a stand-in server (lib/media/s3-stand-in.ts), not a real provider.

let standIn: S3StandIn;
let folder: string;

beforeAll(async () => {
  await migrateToLatest();
  standIn = await startS3StandIn('pictures');
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-media-'));
});

afterAll(async () => {
  await standIn.close();
  await closeDb();
});

const storages: Record<string, () => MediaStorage> = {
  folder: () => folderStorage(folder),
  database: () => databaseStorage(),
  s3: () => s3Storage({ bucket: 'pictures', endpoint: standIn.endpoint, accessKeyId: 'test-key', secretAccessKey: 'test-secret' }),
};

describe.each(Object.keys(storages))('the %s storage', (kind) => {
  const bytes = (text: string) => new Uint8Array(Buffer.from(`${kind}: ${text}`));

  it('gives back what was put, by name, and says what it holds', async () => {
    const storage = storages[kind]!();
    expect(await storage.get('kept-a.webp')).toBeNull();
    expect(await storage.exists('kept-a.webp')).toBe(false);
    await storage.put('kept-a.webp', bytes('a'));
    await storage.put('kept-b.jpg', bytes('b'));
    await storage.put('kept-c.png', bytes('c'));
    expect((await storage.get('kept-a.webp'))?.toString()).toBe(`${kind}: a`);
    expect(await storage.exists('kept-b.jpg')).toBe(true);
    // Three names, more than one page of the stand-in's listing.
    expect((await storage.list()).filter((name) => name.startsWith('kept-')).sort()).toEqual(['kept-a.webp', 'kept-b.jpg', 'kept-c.png']);
  });

  it('replaces a picture put again under its name', async () => {
    const storage = storages[kind]!();
    await storage.put('again.webp', bytes('first'));
    await storage.put('again.webp', bytes('second'));
    expect((await storage.get('again.webp'))?.toString()).toBe(`${kind}: second`);
    expect((await storage.list()).filter((name) => name === 'again.webp')).toHaveLength(1);
  });

  it('is as good as a fresh instance of itself: nothing is kept only in memory', async () => {
    await storages[kind]!().put('other-instance.webp', bytes('shared'));
    expect((await storages[kind]!().get('other-instance.webp'))?.toString()).toBe(`${kind}: shared`);
  });
});

describe('the configured storage', () => {
  it('keeps pictures in MEDIA_DIR on SQLite, and in the database on PostgreSQL', async () => {
    const src = await saveMedia('configured.webp', new Uint8Array([1, 2, 3]));
    expect(src).toBe('/media/configured.webp');
    expect([...((await readMedia('configured.webp')) ?? [])]).toEqual([1, 2, 3]);
    const inFolder = await fs.stat(path.join(path.resolve(getEnv().MEDIA_DIR), 'configured.webp')).then(() => true, () => false);
    expect(inFolder).toBe(getDialect() === 'sqlite');
    expect(await databaseStorage().exists('configured.webp')).toBe(getDialect() === 'postgres');
  });

  it('takes only media file names, so a URL cannot reach outside the pictures', async () => {
    await fs.mkdir(path.resolve(getEnv().MEDIA_DIR), { recursive: true });
    await fs.writeFile(path.join(path.resolve(getEnv().MEDIA_DIR), 'notes.txt'), 'not a picture');
    expect(await readMedia('notes.txt')).toBeNull();
    expect(await readMedia('../media/configured.webp')).toBeNull();
    await expect(saveMedia('../escape.webp', new Uint8Array([1]))).rejects.toThrow('Not a media file name');
  });
});
