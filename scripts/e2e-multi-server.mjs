// Two instances of one production build on one PostgreSQL database (PG_ADMIN_URL), ports
// 3201 and 3202, as behind a load balancer. Used by playwright.multi.config.ts.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { nextBuild } from './build-site.mjs';
import { compiledServer } from './compile-server.mjs';

const admin = process.env.PG_ADMIN_URL;
if (!admin) throw new Error('PG_ADMIN_URL is not set (run through scripts/test-postgres.mjs)');
const name = `dateline_e2e_${Date.now()}`;
const client = new pg.Client({ connectionString: admin });
await client.connect();
await client.query(`create database ${name}`);
await client.end();
const url = new URL(admin);
url.pathname = `/${name}`;

fs.rmSync('data/e2e-multi', { recursive: true, force: true });
fs.mkdirSync('data/e2e-multi', { recursive: true });
fs.writeFileSync('data/e2e-multi/database-url', url.toString());
const shared = {
  ...process.env,
  DATABASE_URL: url.toString(),
  // What several instances must share: the database (pictures included) and the secrets. Each
  // has a media folder of its own below, as on separate hosts; this one is the setup's and build's.
  AUTH_SECRET: randomBytes(32).toString('base64url'),
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  MEDIA_DIR: 'data/e2e-multi/media-build',
  NEXT_DIST_DIR: '.next-multi',
  SITE_URL: 'http://127.0.0.1:3201',
  TRUSTED_PROXY_HOPS: '1',
  HOST: '127.0.0.1',
  // One process per instance: this test is about instances sharing a database; the workers of
  // one instance are covered by the main end-to-end run.
  WEB_CONCURRENCY: '1',
};
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/setup-db.ts'], { stdio: 'inherit', env: shared });
nextBuild({ env: shared });

const log = fs.createWriteStream('data/e2e-multi/server.log');
const children = ['3201', '3202'].map((port) => {
  const env = { ...shared, PORT: port, NODE_ENV: 'production', MEDIA_DIR: `data/e2e-multi/media-${port}` };
  const child = spawn(process.execPath, [compiledServer], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => (process.stdout.write(chunk), log.write(chunk)));
  return child;
});
const stop = () => children.forEach((c) => c.kill('SIGTERM'));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => (stop(), process.exit(0)));
children.forEach((c) => c.on('exit', () => (stop(), process.exit(0))));
