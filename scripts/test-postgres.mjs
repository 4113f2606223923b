// The PostgreSQL half of `npm test`: starts a throwaway cluster on 127.0.0.1, runs the data-layer
// and feedback unit tests against it, then the two-instance end-to-end test, and stops it.
import { execFileSync, spawnSync } from 'node:child_process';

const start = spawnSync('bash', ['scripts/postgres-throwaway.sh', 'start', process.env.PG_TEST_PORT ?? '54329'], { encoding: 'utf8' });
if (start.status !== 0) {
  console.error(start.stderr || start.stdout);
  console.error('PostgreSQL tests need the PostgreSQL server binaries (Debian: apt-get install postgresql).');
  process.exit(1);
}
const vars = Object.fromEntries([...start.stdout.matchAll(/export (\w+)=(\S+)/g)].map((m) => [m[1], m[2]]));
const env = { ...process.env, TEST_POSTGRES_ADMIN_URL: vars.DATABASE_URL_ADMIN, PG_ADMIN_URL: vars.DATABASE_URL_ADMIN };
let failed = false;
const run = (cmd, args) => {
  console.log(`\n[postgres] ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (result.status !== 0) failed = true;
};
try {
  run('npx', ['vitest', 'run', 'lib/db', 'lib/cache', 'lib/articles', 'lib/newsroom', 'lib/people', 'lib/media', 'lib/feedback', 'lib/auth', 'lib/users', 'lib/backup', 'lib/live', 'lib/feeds', 'lib/fronts']);
  run('npx', ['playwright', 'test', '-c', 'playwright.multi.config.ts']);
} finally {
  execFileSync('bash', ['scripts/postgres-throwaway.sh', 'stop', vars.PG_THROWAWAY_DIR]);
}
process.exit(failed ? 1 : 0);
