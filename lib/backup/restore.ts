import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { getDb, getDialect } from '../db/client';
import { getEnv } from '../env';
import { copyMediaIn, findDamagedFiles } from './files';
import { countRows, type RowCounts } from './inventory';
import { describePostgresTarget, requireTool, restorePostgres } from './postgres';
import { databaseFileNames, manifestFileName, manifestSchema, type Manifest } from './schema';
import { openSqliteFile, restoreSqlite, sqliteHoldsData } from './sqlite';

// `npm run restore -- <backup>`: checks every file against the manifest, then puts the database
// and the pictures back where this instance's settings (SQLITE_PATH or DATABASE_URL, MEDIA_DIR)
// say. A database that already holds articles, accounts or feedback is left alone without --force.

/** A restore that was refused before anything was changed. */
export class RestoreRefused extends Error {}

export interface RestoreResult {
  manifest: Manifest;
  /** What the restored database holds, read back from it. */
  counts: RowCounts;
  mediaFiles: number;
}

export async function readManifest(folder: string): Promise<Manifest> {
  const file = path.join(folder, manifestFileName);
  const text = await fs.readFile(file, 'utf8').catch(() => {
    throw new RestoreRefused(`${file} not found: not a backup made by npm run backup (or one still being written).`);
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new RestoreRefused(`${file} is not JSON: the backup is damaged.`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw new RestoreRefused(`${file} is not a valid manifest:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

const notEmpty = (where: string) =>
  new RestoreRefused(
    `${where} already holds articles, accounts or feedback. Restore into an empty database ` +
      `(a fresh clone before npm start, or another SQLITE_PATH / DATABASE_URL), or pass --force to replace it; stop the site first.`,
  );

async function restoreIntoSqlite(folder: string, force: boolean): Promise<RowCounts> {
  const target = path.resolve(getEnv().SQLITE_PATH);
  if (!force && sqliteHoldsData(target)) throw notEmpty(target);
  await restoreSqlite(path.join(folder, databaseFileNames.sqlite), target);
  const restored = openSqliteFile(target);
  try {
    return await countRows(restored);
  } finally {
    await restored.destroy();
  }
}

async function restoreIntoPostgres(folder: string, force: boolean): Promise<RowCounts> {
  const file = path.join(folder, databaseFileNames.postgres);
  const pgRestore = requireTool(
    'pg_restore',
    `  pg_restore --no-owner --no-privileges --single-transaction --dbname="$DATABASE_URL" ${file}\n` +
      `(add --clean --if-exists over an existing schema) and put the files of ${path.join(folder, 'media')} into the media storage ` +
      `(MEDIA_DIR or the bucket; pictures kept in PostgreSQL come back with the dump).`,
  );
  const target = await describePostgresTarget(getDb());
  if (!force && target.holdsData) throw notEmpty('The database at DATABASE_URL');
  await restorePostgres(pgRestore, getEnv().DATABASE_URL!, file, target.hasTables);
  return countRows(getDb());
}

export async function restoreBackup(folder: string, { force = false } = {}): Promise<RestoreResult> {
  const manifest = await readManifest(folder);
  const dialect = getDialect();
  if (manifest.database.dialect !== dialect) {
    throw new RestoreRefused(
      `This backup is of a ${manifest.database.dialect} database and this instance uses ${dialect}` +
        `${dialect === 'postgres' ? ' (DATABASE_URL is set)' : ' (DATABASE_URL is unset)'}. ` +
        `Restore it with the same kind of database; npm run export writes a copy another system can import.`,
    );
  }
  const damaged = await findDamagedFiles(folder, manifest.files);
  if (damaged.length > 0) throw new RestoreRefused(`The backup is damaged; nothing was restored:\n  ${damaged.join('\n  ')}`);

  const counts = dialect === 'postgres' ? await restoreIntoPostgres(folder, force) : await restoreIntoSqlite(folder, force);
  const mediaFiles = await copyMediaIn(folder, manifest.files);
  const found = { ...counts, mediaFiles };
  const differ = Object.entries(manifest.counts).filter(([key, n]) => found[key as keyof typeof found] !== n);
  if (differ.length > 0) {
    throw new Error(`The restored database differs from the manifest: ${differ.map(([k, n]) => `${k} ${found[k as keyof typeof found]} (expected ${n})`).join(', ')}`);
  }
  return { manifest, counts, mediaFiles };
}
