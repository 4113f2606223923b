import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Layers point one way: no module of lib/ imports, however indirectly, one that imports it back.
// A module is a top-level folder (lib/articles) or file (lib/site.ts); an edge is any import or
// re-export, types and dynamic imports included, by a relative or "@/" path. Test files are left
// out: nothing imports them, so they close no loop, and they may set up data through any module.

const root = path.resolve(import.meta.dirname, '..');
const lib = path.join(root, 'lib');

type Graph = Map<string, Map<string, string[]>>;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|mts|mjs|js)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const moduleOf = (file: string) => path.relative(lib, file).split(path.sep)[0]!.replace(/\.[^.]+$/, '');
const relative = (file: string) => path.relative(root, file).split(path.sep).join('/');

/** Where each file's imports of this repository lead, as absolute paths without extensions. */
function importsOf(file: string): { specifier: string; target: string }[] {
  const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
  return importedFiles.flatMap(({ fileName: specifier }) => {
    if (specifier.startsWith('@/')) return [{ specifier, target: path.join(root, specifier.slice(2)) }];
    if (specifier.startsWith('.')) return [{ specifier, target: path.resolve(path.dirname(file), specifier) }];
    return [];
  });
}

function libGraph(): Graph {
  const graph: Graph = new Map();
  for (const file of sourceFiles(lib)) {
    const from = moduleOf(file);
    for (const { specifier, target } of importsOf(file)) {
      if (!target.startsWith(lib + path.sep)) continue;
      const to = moduleOf(target);
      if (to === from) continue;
      const edges = graph.get(from) ?? new Map<string, string[]>();
      edges.set(to, [...(edges.get(to) ?? []), `${relative(file)} imports '${specifier}'`]);
      graph.set(from, edges);
    }
  }
  return graph;
}

/** A loop through each group of modules that reach one another, with the imports that make it. */
function findCycles(graph: Graph): string[] {
  const next = (at: string) => [...(graph.get(at)?.keys() ?? [])];
  const cycles: string[] = [];
  const reported = new Set<string>();
  for (const start of [...graph.keys()].sort()) {
    if (reported.has(start)) continue;
    // Breadth first from `start`: the first edge found back into it closes the shortest loop.
    const previous = new Map<string, string>();
    const queue = [start];
    while (queue.length > 0 && !previous.has(start)) {
      const at = queue.shift()!;
      for (const to of next(at).filter((to) => !previous.has(to))) {
        previous.set(to, at);
        queue.push(to);
      }
    }
    if (!previous.has(start)) continue;
    const between: string[] = [];
    for (let at = previous.get(start)!; at !== start; at = previous.get(at)!) between.unshift(at);
    const loop = [start, ...between, start];
    loop.forEach((m) => reported.add(m));
    const steps = loop.slice(1).map((to, i) => `  ${loop[i]} → ${to}: ${graph.get(loop[i]!)!.get(to)![0]}`);
    cycles.push([loop.join(' → '), ...steps].join('\n'));
  }
  return cycles;
}

describe('lib modules', () => {
  it('form no import loop', () => {
    expect(findCycles(libGraph())).toEqual([]);
  });

  it('are checked by a search that does find a loop', () => {
    const graph: Graph = new Map([
      ['db', new Map()],
      ['story', new Map([['db', ['s']]])],
      ['articles', new Map([['story', ['a → s']]])],
      ['media', new Map([['articles', ['m → a']]])],
    ]);
    expect(findCycles(graph)).toEqual([]);
    graph.get('story')!.set('media', ['lib/story/x.ts imports ../media/y']);
    expect(findCycles(graph)).toEqual([
      'articles → story → media → articles\n' +
        '  articles → story: a → s\n' +
        '  story → media: lib/story/x.ts imports ../media/y\n' +
        '  media → articles: m → a',
    ]);
  });

  it('keep migrations frozen: a migration imports nothing outside lib/db', () => {
    const outside = sourceFiles(path.join(lib, 'db', 'migrations')).flatMap((file) =>
      importsOf(file)
        .filter(({ target }) => !target.startsWith(path.join(lib, 'db') + path.sep))
        .map(({ specifier }) => `${relative(file)} imports '${specifier}'`),
    );
    expect(outside).toEqual([]);
  });

  it('never import app/ or components/', () => {
    const upward = sourceFiles(lib).flatMap((file) =>
      importsOf(file)
        .filter(({ target }) => !target.startsWith(lib + path.sep))
        .map(({ specifier }) => `${relative(file)} imports '${specifier}'`),
    );
    expect(upward).toEqual([]);
  });
});
