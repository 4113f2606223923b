import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';

// PostgreSQL is backed up and restored by its own tools, pg_dump and pg_restore, run from PATH.

export type PostgresTool = 'pg_dump' | 'pg_restore';

export function findOnPath(tool: PostgresTool): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const file = path.join(dir, tool);
    try {
      fs.accessSync(file, fs.constants.X_OK);
      return file;
    } catch {
      // not in this folder
    }
  }
  return null;
}

/** The error for a missing tool: what to install, and the exact command to run instead. */
export class MissingToolError extends Error {}

export function requireTool(tool: PostgresTool, byHand: string): string {
  const found = findOnPath(tool);
  if (found) return found;
  throw new MissingToolError(
    [
      `${tool} is not on PATH. Install the PostgreSQL client (Debian: apt-get install postgresql-client, the same major version`,
      `as the server or newer) or put its folder on PATH, e.g. PATH=/usr/lib/postgresql/15/bin:$PATH, and run this again.`,
      `Or do it by hand:`,
      byHand,
    ].join('\n'),
  );
}

/**
 * The connection as libpq's environment variables, so the password never appears on a command
 * line (where any user of the machine could read it in the process list).
 */
function libpqEnv(databaseUrl: string): NodeJS.ProcessEnv {
  const url = new URL(databaseUrl);
  const env: NodeJS.ProcessEnv = { ...process.env, PGDATABASE: decodeURIComponent(url.pathname.slice(1)) };
  if (url.hostname) env.PGHOST = decodeURIComponent(url.hostname);
  if (url.port) env.PGPORT = url.port;
  if (url.username) env.PGUSER = decodeURIComponent(url.username);
  if (url.password) env.PGPASSWORD = decodeURIComponent(url.password);
  for (const [parameter, variable] of Object.entries(libpqParameters)) {
    const value = url.searchParams.get(parameter);
    if (value) env[variable] = value;
  }
  return env;
}

/** Parameters a postgres:// URL may carry in its query string, and libpq's variable for each. */
const libpqParameters = { host: 'PGHOST', port: 'PGPORT', user: 'PGUSER', password: 'PGPASSWORD', sslmode: 'PGSSLMODE' };

function run(bin: string, args: string[], databaseUrl: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { env: libpqEnv(databaseUrl), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(out);
      else reject(new Error(`${path.basename(bin)} ${args[0] ?? ''} failed (exit ${code}):\n${err.trim()}`));
    });
  });
}

export async function toolVersion(bin: string, databaseUrl: string): Promise<string> {
  return (await run(bin, ['--version'], databaseUrl)).trim();
}

/**
 * Dumps the database as it is in `snapshot` (from pg_export_snapshot() in a transaction the caller
 * keeps open), so the dump and what the caller reads in that transaction are the same state.
 */
export async function dumpPostgres(bin: string, databaseUrl: string, snapshot: string, file: string): Promise<void> {
  await run(bin, ['--format=custom', '--no-owner', '--no-privileges', `--snapshot=${snapshot}`, `--file=${file}`], databaseUrl);
}

/** Restores a custom-format dump in one transaction; `clean` drops the dump's objects first. */
export async function restorePostgres(bin: string, databaseUrl: string, file: string, clean: boolean): Promise<void> {
  const args = ['--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error'];
  if (clean) args.push('--clean', '--if-exists');
  await run(bin, [...args, `--dbname=${libpqEnv(databaseUrl).PGDATABASE}`, file], databaseUrl);
}

/** Whether the schema has tables at all, and whether they hold anything a restore would destroy. */
export async function describePostgresTarget(db: Kysely<Database>): Promise<{ hasTables: boolean; holdsData: boolean }> {
  const { rows } = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(db);
  const names = new Set(rows.map((r) => r.name));
  let holdsData = false;
  for (const table of ['articles', 'users', 'feedback'] as const) {
    if (names.has(table) && (await db.selectFrom(table).select('id').limit(1).executeTakeFirst())) holdsData = true;
  }
  return { hasTables: names.size > 0, holdsData };
}
