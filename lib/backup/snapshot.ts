import fs from 'node:fs';
import path from 'node:path';
import { Kysely, SqliteDialect, type Transaction } from 'kysely';
import { getDb, getDialect, openSqliteConnection } from '../db/client';
import type { Database } from '../db/schema';
import { getEnv } from '../env';

/**
 * Runs `read` on one consistent state of the live database while the site goes on writing.
 * PostgreSQL: a read-only repeatable-read transaction. SQLite: a deferred transaction on a
 * connection of its own; the site's connection starts every transaction with BEGIN IMMEDIATE
 * (lib/db/sqlite.ts), which would hold the write lock, and so stop every save, for the whole read.
 */
export async function readSnapshot<T>(read: (db: Transaction<Database>) => Promise<T>): Promise<T> {
  if (getDialect() === 'postgres') {
    return getDb().transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(read);
  }
  const file = path.resolve(getEnv().SQLITE_PATH);
  // Opening a missing file would create an empty database and report missing tables instead.
  if (!fs.existsSync(file)) throw new Error(`No database at ${file} (SQLITE_PATH).`);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: openSqliteConnection() }) });
  try {
    return await db.transaction().execute(read);
  } finally {
    await db.destroy();
  }
}
