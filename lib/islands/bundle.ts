import path from 'node:path';

// The reader pages' script (components/site/islands), bundled once per process by esbuild (the
// compiler tsx already runs on): small enough to inline in every static reader page.
let bundled: Promise<string> | undefined;

export function readerIslandScript(): Promise<string> {
  bundled ??= (async () => {
    const { build } = await import('esbuild');
    const result = await build({
      entryPoints: [path.join(process.cwd(), 'components', 'site', 'islands', 'reader.ts')],
      tsconfig: path.join(process.cwd(), 'tsconfig.json'),
      bundle: true,
      minify: true,
      format: 'iife',
      target: ['es2020'],
      write: false,
      logLevel: 'silent',
    });
    return result.outputFiles[0]!.text;
  })();
  return bundled;
}
