// The code Node.js runs on its own in production, outside Next.js's bundles: our HTTP server
// (server/) and the cache handler Next.js imports (lib/cache/handler.ts), compiled from
// TypeScript to CommonJS (the database drivers are loaded with require); and the reader pages'
// script, which the browser runs. Run without a loader,
// the server pays nothing per request for TypeScript: with tsx's hooks, each of Next.js's
// per-request `import()` calls cost ~170 µs on a hooks thread, and feedback posts per second
// were ~20 % fewer. Type-checking is tsc's job (`npm run typecheck`); this only strips types.
import { buildSync } from 'esbuild';
import path from 'node:path';

export const compiledDir = '.compiled';
export const compiledServer = path.join(compiledDir, 'server.cjs');
export const compiledCacheHandler = path.join(compiledDir, 'cache-handler.cjs');
/** The reader pages' script, for the browser: the site's layout inlines it. */
export const compiledReaderScript = path.join(compiledDir, 'reader.js');

export function compileServer() {
  for (const [entry, outfile] of [
    ['server/main.ts', compiledServer],
    ['lib/cache/handler.ts', compiledCacheHandler],
  ]) {
    buildSync({
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      packages: 'external',
      tsconfig: 'tsconfig.json',
      logLevel: 'warning',
    });
  }
  // A failure here throws, and so fails `npm run build`, `npm start` and `npm run dev`.
  buildSync({
    entryPoints: ['components/site/islands/reader.ts'],
    outfile: compiledReaderScript,
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2020'],
    tsconfig: 'tsconfig.json',
    logLevel: 'warning',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) compileServer();
