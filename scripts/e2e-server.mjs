// The server end-to-end tests run against: a fresh database, its own build folder, a
// production build, listening on 127.0.0.1 only. Playwright stops it when the run ends.
import { spawn } from 'node:child_process';
import fs from 'node:fs';

const port = process.env.E2E_PORT ?? '3100';
const dataDir = 'data/e2e';
fs.rmSync(dataDir, { recursive: true, force: true });

const env = {
  ...process.env,
  PORT: port,
  HOST: '127.0.0.1',
  SITE_URL: `http://127.0.0.1:${port}`,
  SQLITE_PATH: `${dataDir}/dateline.sqlite`,
  MEDIA_DIR: `${dataDir}/media`,
  NEXT_DIST_DIR: '.next-e2e',
  DATELINE_REBUILD: '1',
  // Lets tests act as many different clients by sending X-Forwarded-For, as through a proxy.
  TRUSTED_PROXY_HOPS: '1',
};
// The server's output also goes to a file: the auth setup test reads the one-time setup link there.
fs.mkdirSync(dataDir, { recursive: true });
const log = fs.createWriteStream(`${dataDir}/server.log`);
const child = spawn(process.execPath, ['scripts/start.mjs'], { stdio: ['ignore', 'pipe', 'pipe'], env });
for (const stream of [child.stdout, child.stderr]) {
  stream.on('data', (chunk) => {
    process.stdout.write(chunk);
    log.write(chunk);
  });
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
