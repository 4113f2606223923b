// `npm start`: from a fresh clone to a running site. Prepares secrets and the database, builds
// once (again only when the source changed), then serves on 127.0.0.1:$PORT (default 3000).
import { spawn, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { prepare } from './prepare.mjs';

const sourcePaths = ['app', 'components', 'lib', 'public', 'proxy.ts', 'next.config.js', 'postcss.config.mjs', 'package-lock.json', 'tsconfig.json'];

function fingerprint() {
  const hash = createHash('sha256');
  const visit = (p) => {
    if (!fs.existsSync(p)) return;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(p).sort()) visit(path.join(p, entry));
    } else {
      hash.update(`${p}:${stat.size}:${stat.mtimeMs}\n`);
    }
  };
  sourcePaths.forEach(visit);
  hash.update(JSON.stringify([process.env.SITE_URL, process.env.PUBLICATION_NAME, process.env.DATABASE_URL, process.env.SQLITE_PATH]));
  return hash.digest('hex');
}

const distDir = process.env.NEXT_DIST_DIR || '.next';
const marker = path.join(distDir, 'dateline-fingerprint');
const nextBin = path.join('node_modules', 'next', 'dist', 'bin', 'next');

prepare();

const current = fingerprint();
const built = fs.existsSync(path.join(distDir, 'BUILD_ID')) && fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === current;
if (!built || process.env.DATELINE_REBUILD === '1') {
  console.log('[start] building the site (first start or changed source)…');
  execFileSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit' });
  fs.writeFileSync(marker, current);
}

const server = spawn(process.execPath, ['scripts/serve.mjs'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
