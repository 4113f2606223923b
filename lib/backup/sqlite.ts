import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from '../db/schema';

// SQLite's online backup API copies pages under a read lock; in WAL mode a reader blocks no
// writer, so the site keeps serving and saving while a backup runs.

// better-sqlite3 copies 100 pages per step by default, letting the event loop run in between.
// A write from another connection between two steps makes SQLite start the copy over, so on a
// busy site a stepwise backup may never finish. One step copies the whole file inside one read
// transaction: one consistent snapshot, however much is written meanwhile.
const allPages = 0x7fffffff;

function open(file: string): SQLite.Database {
  const db = new SQLite(file, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return db;
}

function checkIntegrity(db: SQLite.Database, what: string): void {
  const result = db.pragma('integrity_check', { simple: true });
  if (result !== 'ok') throw new Error(`${what} failed SQLite's integrity check: ${String(result)}`);
}

/** A consistent copy of the live database at `source`, as one self-contained file (no -wal beside it). */
export async function snapshotSqlite(source: string, destination: string): Promise<void> {
  if (!fs.existsSync(source)) throw new Error(`No database at ${source} (SQLITE_PATH). Nothing to back up.`);
  const live = open(source);
  try {
    await live.backup(destination, { progress: () => allPages });
  } finally {
    live.close();
  }
  const copy = open(destination);
  try {
    copy.pragma('journal_mode = DELETE');
    checkIntegrity(copy, 'The copy');
  } finally {
    copy.close();
  }
}

/**
 * Writes the backup's database over `target` through the same backup API, so connections that
 * still have the file open see the new content and no stale -wal beside it can be replayed onto it.
 */
export async function restoreSqlite(backupFile: string, target: string): Promise<void> {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const saved = new SQLite(backupFile, { readonly: true, fileMustExist: true });
  try {
    await saved.backup(target, { progress: () => allPages });
  } finally {
    saved.close();
  }
  const restored = open(target);
  try {
    restored.pragma('journal_mode = WAL');
    checkIntegrity(restored, 'The restored database');
  } finally {
    restored.close();
  }
}

/** Whether the file holds anything a restore would destroy: articles, accounts or feedback. */
export function sqliteHoldsData(file: string): boolean {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return false;
  const db = open(file);
  try {
    const tables = db
      .prepare(`select name from sqlite_master where type = 'table' and name in ('articles', 'users', 'feedback')`)
      .pluck()
      .all() as string[];
    return tables.some((table) => db.prepare(`select exists (select 1 from "${table}")`).pluck().get() === 1);
  } finally {
    db.close();
  }
}

/** Kysely over one SQLite file, for reading a copy apart from the site's own connection. */
export function openSqliteFile(file: string): Kysely<Database> {
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: open(file) }) });
}
