// A throwaway PostgreSQL cluster with an empty, migrated and filled database, or null where
// the server binaries are not installed.
import { execFileSync, spawnSync } from 'node:child_process';

export async function startPostgres(port = 54331) {
  const start = spawnSync('bash', ['scripts/postgres-throwaway.sh', 'start', String(port)], { encoding: 'utf8' });
  if (start.status !== 0) return null;
  const vars = Object.fromEntries([...start.stdout.matchAll(/export (\w+)=(\S+)/g)].map((m) => [m[1], m[2]]));
  const url = vars.DATABASE_URL_ADMIN.replace(/\/postgres$/, '/dateline_bench');
  execFileSync('psql', [vars.DATABASE_URL_ADMIN, '-qc', 'create database dateline_bench']);
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/setup-db.ts'], { stdio: 'inherit', env: { ...process.env, DATABASE_URL: url, MEDIA_DIR: 'bench/tmp/pg-media' } });
  return { url, stop: () => execFileSync('bash', ['scripts/postgres-throwaway.sh', 'stop', vars.PG_THROWAWAY_DIR]) };
}
