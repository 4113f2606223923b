// A production build on its own throwaway database, served on 127.0.0.1 for measuring.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { nextBuild } from '../build-site.mjs';
import { compiledServer } from '../compile-server.mjs';
import { ensureLocalSecrets } from '../prepare.mjs';

export const benchDir = path.resolve('bench/tmp');

export async function waitFor(url, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer`);
}

/** Builds (unless told not to) and starts the site; returns { url, stop, env, pid }. */
export async function startBenchServer({ port = 3300, name = 'site', env: extra = {}, build = true } = {}) {
  // The same local secrets `npm start` makes, so a fresh clone can run the bench first.
  ensureLocalSecrets();
  const dataDir = path.join(benchDir, name);
  const env = {
    ...process.env,
    SQLITE_PATH: path.join(dataDir, 'dateline.sqlite'),
    MEDIA_DIR: path.join(dataDir, 'media'),
    NEXT_DIST_DIR: `.next-bench-${name}`,
    SITE_URL: `http://127.0.0.1:${port}`,
    TRUSTED_PROXY_HOPS: '1',
    NEXT_TELEMETRY_DISABLED: '1',
    ...extra,
  };
  if (build) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.mkdirSync(dataDir, { recursive: true });
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/setup-db.ts'], { stdio: 'inherit', env });
    nextBuild({ env, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  // Whatever already answers on the port would be measured instead (a server left by a run that
  // crashed): refuse rather than measure the wrong thing.
  const taken = await fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false);
  if (taken) throw new Error(`something already answers on 127.0.0.1:${port}; stop it first`);
  const child = spawn(process.execPath, [compiledServer], {
    env: { ...env, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/`);
  return {
    url,
    env,
    pid: child.pid,
    stop: () => {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    },
  };
}
