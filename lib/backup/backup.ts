import fs from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import { getDialect } from '../db/client';
import { getEnv } from '../env';
import { getMediaStorage } from '../media/storage';
import { describeFile, copyMediaOut } from './files';
import { takeInventory, type Inventory } from './inventory';
import { dumpPostgres, requireTool, toolVersion } from './postgres';
import { databaseFileNames, manifestFileName, type Manifest } from './schema';
import { readSnapshot } from './snapshot';
import { openSqliteFile, snapshotSqlite } from './sqlite';

// `npm run backup`: the database as one consistent snapshot, the pictures it refers to, and a
// manifest, in one folder named by the time. The folder is written under a ".partial" name and
// renamed at the end, so a folder without that suffix is a whole backup.

export interface BackupResult {
  folder: string;
  manifest: Manifest;
  /** Milliseconds the database snapshot took, and the whole backup. */
  timings: { database: number; total: number };
}

type DatabasePart = { tool: string; inventory: Inventory };

/** "dateline-2026-11-27T02-15-00Z": sorts by time and is a valid name on every file system. */
export function backupName(at: Date): string {
  return `dateline-${at.toISOString().replace(/\.\d+Z$/, 'Z').replaceAll(':', '-')}`;
}

async function backUpSqlite(folder: string): Promise<DatabasePart> {
  const file = path.join(folder, databaseFileNames.sqlite);
  await snapshotSqlite(path.resolve(getEnv().SQLITE_PATH), file);
  const copy = openSqliteFile(file);
  try {
    return { tool: 'SQLite online backup API (better-sqlite3)', inventory: await takeInventory(copy) };
  } finally {
    await copy.destroy();
  }
}

async function backUpPostgres(folder: string): Promise<DatabasePart> {
  const file = path.join(folder, databaseFileNames.postgres);
  const url = getEnv().DATABASE_URL!;
  const pgDump = requireTool(
    'pg_dump',
    `  pg_dump --format=custom --no-owner --no-privileges --file=${databaseFileNames.postgres} "$DATABASE_URL"\n` +
      `and copy the media (MEDIA_DIR, or your media storage) beside it; npm run restore needs a backup made by npm run backup.`,
  );
  const tool = await toolVersion(pgDump, url);
  // The dump and the inventory read the same exported snapshot, so the manifest describes the dump.
  return readSnapshot(async (trx) => {
    const { rows } = await sql<{ id: string }>`select pg_export_snapshot() as id`.execute(trx);
    const [inventory, dump] = await Promise.allSettled([takeInventory(trx), dumpPostgres(pgDump, url, rows[0]!.id, file)]);
    if (dump.status === 'rejected') throw dump.reason;
    if (inventory.status === 'rejected') throw inventory.reason;
    return { tool, inventory: inventory.value };
  });
}

export async function takeBackup(parent: string, now = new Date()): Promise<BackupResult> {
  const started = performance.now();
  const folder = path.resolve(parent, backupName(now));
  const partial = `${folder}.partial`;
  if (await fs.stat(folder).catch(() => null)) throw new Error(`${folder} already exists.`);
  await fs.mkdir(path.dirname(partial), { recursive: true });
  await fs.mkdir(partial).catch(() => {
    throw new Error(`${partial} exists: another backup is being written, or one was interrupted (delete it).`);
  });
  try {
    const dialect = getDialect();
    const createdAt = new Date().toISOString();
    const { tool, inventory } = dialect === 'postgres' ? await backUpPostgres(partial) : await backUpSqlite(partial);
    const databaseMs = performance.now() - started;
    // Every stored picture, and any the snapshot refers to that the storage no longer lists (which
    // the manifest then names as missing). A picture is never changed once stored (its name holds
    // a hash of its bytes), so copying it after the snapshot gives the bytes it had then.
    const names = new Set([...(await getMediaStorage().list()), ...inventory.mediaNames]);
    const media = await copyMediaOut([...names].sort(), partial);
    const manifest: Manifest = {
      format: 'dateline-backup',
      formatVersion: 1,
      createdAt,
      database: { dialect, file: databaseFileNames[dialect], tool, migrations: inventory.migrations },
      counts: { ...inventory.counts, mediaFiles: media.files.length },
      missingMedia: media.missing,
      files: [await describeFile(partial, databaseFileNames[dialect]), ...media.files],
    };
    await fs.writeFile(path.join(partial, manifestFileName), `${JSON.stringify(manifest, null, 2)}\n`);
    await fs.rename(partial, folder);
    return { folder, manifest, timings: { database: databaseMs, total: performance.now() - started } };
  } catch (error) {
    await fs.rm(partial, { recursive: true, force: true });
    throw error;
  }
}
