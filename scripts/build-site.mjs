// `npm run build`, and the first step of `npm start`: secrets and database ready, then a
// production build, skipped when one exists for the same source and settings.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { compileServer } from './compile-server.mjs';
import { prepare } from './prepare.mjs';

const sourcePaths = ['app', 'components', 'lib', 'server', 'public', 'proxy.ts', 'instrumentation.ts', 'next.config.js', 'postcss.config.mjs', 'package-lock.json', 'tsconfig.json'];
// PORT matters while SITE_URL is unset: canonical URLs default to http://localhost:$PORT.
const settings = ['SITE_URL', 'PORT', 'PUBLICATION_NAME', 'PUBLICATION_TIME_ZONE', 'DATABASE_URL', 'SQLITE_PATH', 'PRERENDER_RECENT_ARTICLES'];

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
  hash.update(JSON.stringify(settings.map((name) => process.env[name] ?? null)));
  return hash.digest('hex');
}

/** `next build` into env's NEXT_DIST_DIR. */
export function nextBuild({ env = process.env, stdio = 'inherit' } = {}) {
  // The build loads the cache handler, which Next.js imports compiled.
  compileServer();
  execFileSync(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'build'], { stdio, env });
}

export function ensureBuilt({ force = process.env.DATELINE_REBUILD === '1' } = {}) {
  prepare();
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  const marker = path.join(distDir, 'dateline-fingerprint');
  const current = fingerprint();
  const built = fs.existsSync(path.join(distDir, 'BUILD_ID')) && fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === current;
  if (built && !force) return;
  console.log('[build] building the site (first start, or the source or settings changed)…');
  nextBuild();
  fs.writeFileSync(marker, current);
}

if (import.meta.url === `file://${process.argv[1]}`) ensureBuilt({ force: true });
