import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { vi } from 'vitest';
import { getDb } from '../db/client';
import { migrateToLatest } from '../db/migrate';
import { storeFeedback } from '../feedback/store';
import { saveMedia } from '../media/storage';
import { importContent } from '../newsroom/import';
import { createArticle, setStatus, updateArticle, type ArticleDraft } from '../newsroom/store';
import { storyFromMarkdown } from '../story/from-markdown';

// For the tests of this folder only: a newsroom with something of every kind, and a second
// instance (its own database and media) to restore into.

/** Strings that must never leave the database in an export. */
export const secrets = {
  passwordHash: '$argon2id$v=19$password-hash-never-exported',
  email: 'ana.never-exported@dateline.test',
  session: 'session-id-never-exported',
  clientHash: 'client-hash-never-exported',
  readerHash: 'reader-hash-never-exported',
};

export interface Newsroom {
  userId: number;
  articleId: number;
  /** An upload used as a hero without alt text, so it is in no media library entry. */
  upload: { name: string; bytes: Buffer };
}

export async function seedNewsroom(): Promise<Newsroom> {
  await migrateToLatest();
  await importContent(getDb(), path.resolve('content'));
  const now = new Date().toISOString();
  const { id: userId } = await getDb()
    .insertInto('users')
    .values({ email: secrets.email, name: 'Ana Editor', role: 'editor', password_hash: secrets.passwordHash, disabled: 0, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await getDb().insertInto('user_sessions').values({ id: secrets.session, user_id: userId, created_at: now, expires_at: now }).execute();

  const bytes = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c0392b' } }).webp().toBuffer();
  const upload = { name: `upload-${randomUUID().slice(0, 8)}.webp`, bytes };
  const src = await saveMedia(upload.name, bytes);
  const draft: ArticleDraft = {
    headline: 'Ferries to the outer islands sail again',
    dek: 'Services to the outer islands start again after a week of storms.',
    slug: '',
    section: 'indonesia',
    tags: ['Ports'],
    bylines: [{ name: 'Harbour Desk', type: 'desk', organization: 'Antara' }],
    datelineCity: 'Ambon',
    datelineCountry: 'Indonesia',
    language: 'en',
    hero: { src, width: 64, height: 48, focal: { x: 0.25, y: 0.75 } },
    heroAlt: null,
    heroCaption: null,
    heroCredit: null,
    story: storyFromMarkdown('The first ferry left at dawn.'),
    seoTitle: null,
    seoDescription: null,
  };
  const articleId = await createArticle(draft, userId);
  await updateArticle(articleId, 1, { ...draft, story: storyFromMarkdown('The first ferry left at dawn, full.') }, userId);
  await setStatus(articleId, 'published', userId, { publishedAt: now });
  const stored = await storeFeedback({
    articleId,
    message: 'The ferry left at seven, not at dawn: I was on it.',
    clientHash: secrets.clientHash,
    readerHash: secrets.readerHash,
  });
  if (stored !== 'stored') throw new Error(`feedback not stored: ${stored}`);
  return { userId, articleId, upload };
}

/** Where this test process keeps its backups, exports and other instances' files. */
export const scratch = path.join(os.tmpdir(), `dateline-backup-tests-${process.pid}`);

export async function removeScratch(): Promise<void> {
  await fs.rm(scratch, { recursive: true, force: true });
}

/** Settings of another instance on this machine: its own SQLite file, media folder and, on PostgreSQL, database. */
export async function otherInstance(): Promise<Record<string, string>> {
  await fs.mkdir(scratch, { recursive: true });
  const dir = await fs.mkdtemp(path.join(scratch, 'instance-'));
  const env: Record<string, string> = { SQLITE_PATH: path.join(dir, 'restored.sqlite'), MEDIA_DIR: path.join(dir, 'media') };
  const admin = process.env.TEST_POSTGRES_ADMIN_URL;
  if (admin) {
    const { Client } = await import('pg');
    const client = new Client({ connectionString: admin });
    await client.connect();
    const name = `dateline_restored_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
    await client.query(`create database ${name}`);
    await client.end();
    const url = new URL(admin);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
  }
  return env;
}

/** Runs one of scripts/ as `npm run` would, with the given settings over this process's. */
export function runScript(script: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['--import', 'tsx', path.join('scripts', script), ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
}

/** The database and media storage of another instance, opened in this process through fresh copies of the modules. */
export async function openInstance(env: Record<string, string>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  const client = await import('../db/client');
  const storage = await import('../media/storage');
  return {
    db: client.getDb(),
    readMedia: storage.readMedia,
    listMedia: () => storage.getMediaStorage().list(),
    async close() {
      await client.closeDb();
      vi.unstubAllEnvs();
    },
  };
}
