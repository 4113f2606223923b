import fs from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import { getEnv } from '../env';
import type BetterSqlite3 from 'better-sqlite3';
import type { Database } from './schema';
import { sqliteDialect } from './sqlite';

export type Db = Kysely<Database>;
export type Dialect = 'sqlite' | 'postgres';

let db: Db | undefined;

// Opened lazily, never at module scope: Next.js build workers import this module in
// parallel, and only the ones that actually query should open the file.
export function getDb(): Db {
  db ??= createDb();
  return db;
}

export function getDialect(): Dialect {
  return getEnv().DATABASE_URL ? 'postgres' : 'sqlite';
}

function createDb(): Db {
  const env = getEnv();
  if (env.DATABASE_URL) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Pool } = require('pg') as typeof import('pg');
    const pool = new Pool({ connectionString: env.DATABASE_URL, max: 10 });
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  return new Kysely<Database>({ dialect: sqliteDialect(openSqliteConnection()) });
}

/**
 * A connection to the embedded database file. The query layer has one; the cache's freshness
 * check has its own (lib/cache/sqlite-watch.ts), read synchronously on every hit and never
 * inside a transaction of the query layer's.
 */
export function openSqliteConnection(): BetterSqlite3.Database {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const SQLite = require('better-sqlite3') as typeof import('better-sqlite3');
  const file = path.resolve(getEnv().SQLITE_PATH);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const database = new SQLite(file);
  database.pragma('journal_mode = WAL');
  database.pragma('busy_timeout = 5000');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  return database;
}

export async function closeDb(): Promise<void> {
  await db?.destroy();
  db = undefined;
}
