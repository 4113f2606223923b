// `npm run bench -- --scale 100000` (or 20000): an archive of that many generated articles beside
// one of 1,000, on SQLite and, where the server binaries are installed, on PostgreSQL. For each:
// how long generating it took and its size; the p50/p99 of every reader page, feed and sitemap as
// the production server renders it uncached (scripts/bench/scale-pages.mjs), and of what each of
// them reads, timed alone (scripts/bench/scale-reads.ts), with the reading process's peak memory;
// on SQLite also `next build`'s time and peak memory. Budget: each page's p50, rendered, at most
// twice its p50 at 1,000 articles. `--no-build` leaves out the builds and so the rendered pages,
// `--no-postgres` PostgreSQL, `--quick` times each page and read for a second instead of three.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { compileServer } from '../compile-server.mjs';
import { measureBuild } from './build-scale.mjs';
import { startPostgres } from './postgres.mjs';
import { timePages } from './scale-pages.mjs';
import { printScaleTable, writeScaleReport } from './scale-report.mjs';
import { benchDir } from './server.mjs';

const baseline = 1000;

/** The number after `--scale` (or in `--scale=N`), or null when the flag is absent. */
export function scaleArgument(argv) {
  const at = argv.findIndex((a) => a === '--scale' || a.startsWith('--scale='));
  if (at === -1) return null;
  const value = Number(argv[at].includes('=') ? argv[at].split('=')[1] : argv[at + 1]);
  if (!Number.isInteger(value) || value < baseline)
    throw new Error(
      `--scale takes a whole number of articles, at least ${baseline}: --scale 100000`,
    );
  return value;
}

const fmt = (n) => n.toLocaleString('en-US');
const node = (args, env) =>
  execFileSync(process.execPath, ['--import', 'tsx', ...args], {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });

/**
 * Fills the database `env` names, then times its reads and (where a build was made) its pages
 * rendered uncached; returns their figures and how long filling took.
 */
async function fillAndMeasure(count, env, { quick, renderPages, afterFill = () => {} }) {
  const started = Date.now();
  node(['scripts/bench/generate-articles.ts', String(count), '--newest=now'], env);
  const generateSeconds = (Date.now() - started) / 1000;
  afterFill();
  const reads = JSON.parse(
    node(['scripts/bench/scale-reads.ts', `--budget-ms=${quick ? 1000 : 3000}`], env)
      .trim()
      .split('\n')
      .pop(),
  );
  const database = Object.fromEntries(
    ['DATABASE_URL', 'SQLITE_PATH', 'MEDIA_DIR'].filter((k) => env[k]).map((k) => [k, env[k]]),
  );
  const rendered = renderPages ? await timePages(reads.picked, database, { quick }) : null;
  return { generateSeconds, ...reads, rendered };
}

async function onSqlite(count, options) {
  const dir = path.join(benchDir, `scale-reads-${count}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'dateline.sqlite');
  const env = {
    ...process.env,
    SQLITE_PATH: file,
    MEDIA_DIR: path.join(dir, 'media'),
    NEXT_TELEMETRY_DISABLED: '1',
  };
  try {
    const result = await fillAndMeasure(count, env, options);
    const bytes = ['', '-wal'].reduce(
      (sum, end) => sum + (fs.existsSync(file + end) ? fs.statSync(file + end).size : 0),
      0,
    );
    return { ...result, bytes };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function onPostgres(count, options) {
  // Its own port (PG_BENCH_PORT to move it), clear of the test suite's and the main bench's clusters.
  const postgres = await startPostgres(Number(process.env.PG_BENCH_PORT ?? 54341));
  if (!postgres) return null;
  try {
    const env = {
      ...process.env,
      DATABASE_URL: postgres.url,
      MEDIA_DIR: path.join(benchDir, 'pg-media'),
      NEXT_TELEMETRY_DISABLED: '1',
    };
    // What autovacuum does on a live database some minutes after a bulk load: planner statistics
    // and the visibility map that lets counts be read from an index alone.
    const afterFill = () => execFileSync('psql', [postgres.url, '-qc', 'vacuum analyze']);
    const result = await fillAndMeasure(count, env, { ...options, afterFill });
    return { ...result, bytes: result.postgresBytes };
  } finally {
    postgres.stop();
  }
}

async function buildAt(count) {
  try {
    return await measureBuild(count);
  } finally {
    fs.rmSync(path.join(benchDir, `scale-${count}`), { recursive: true, force: true });
  }
}

/** Runs the whole comparison and prints and writes its table. */
export async function runScaleBench(argv) {
  const scale = scaleArgument(argv);
  const quick = argv.includes('--quick');
  const counts = [...new Set([baseline, scale])];
  const rows = [];
  const row = (figure, value, unit, budget, pass) =>
    rows.push({ figure, value: Number(value.toFixed(value < 10 ? 2 : 0)), unit, budget, pass });

  // The server and cache handler as they are now, for the builds and for serving the pages.
  compileServer();
  // Built first: the last build then serves every archive's pages, rendered uncached.
  const builds = [];
  if (!argv.includes('--no-build')) {
    console.log('\n== Build at scale (SQLite)');
    for (const n of counts) builds.push(await buildAt(n));
  }
  const options = { quick, renderPages: builds.length > 0 };
  const databases = [['SQLite', (n) => onSqlite(n, options)]];
  if (!argv.includes('--no-postgres'))
    databases.push(['PostgreSQL', (n) => onPostgres(n, options)]);
  for (const [name, measure] of databases) {
    console.log(`\n== Archive of ${fmt(scale)} articles beside ${fmt(baseline)} (${name})`);
    const results = new Map();
    for (const n of counts) results.set(n, await measure(n));
    const base = results.get(baseline);
    if (!base) {
      row(`${name} at scale (server binaries not installed)`, 0, '', 'run', false);
      continue;
    }
    for (const n of counts) {
      const r = results.get(n);
      const at = `${fmt(n)} articles (${name})`;
      row(`Generating ${at}`, r.generateSeconds, 's', 'report', true);
      row(`Database size, ${at}`, r.bytes / 2 ** 20, 'MB', 'report', true);
      // The budget: each page as a reader or crawler gets it, rendered uncached.
      if (!r.rendered)
        row(`Pages rendered uncached, ${at}: not measured (--no-build)`, 0, '', 'measured', false);
      for (const [figure, t] of Object.entries(r.rendered ?? {})) {
        const limit = 2 * base.rendered[figure].p50;
        const budget =
          n === baseline ? 'report' : `≤ 2 × at ${fmt(baseline)} = ${limit.toFixed(2)} ms`;
        const pass = n === baseline || t.p50 <= limit;
        row(`${figure}, rendered, ${at}: p50 (p99 ${t.p99.toFixed(1)} ms)`, t.p50, 'ms', budget, pass);
      }
      // What the archive's size changes inside each page, its reads, timed alone, where no fixed
      // cost of rendering hides it: reported with its ratio to 1,000 articles, not budgeted.
      for (const [figure, t] of Object.entries(r.figures)) {
        const times = t.p50 / base.figures[figure].p50;
        const budget = n === baseline ? 'report' : `report: ${times.toFixed(1)} × at ${fmt(baseline)}`;
        row(`${figure}, its reads alone, ${at}: p50 (p99 ${t.p99.toFixed(1)} ms)`, t.p50, 'ms', budget, true);
      }
      // Nothing reads the whole archive into memory: the reading process stays the size it was.
      const memoryBudget = base.peakRssMb + 64;
      row(
        `Reads' peak memory (RSS), ${at}`,
        r.peakRssMb,
        'MB',
        n === baseline ? 'report' : `≤ ${memoryBudget.toFixed(0)}`,
        n === baseline || r.peakRssMb <= memoryBudget,
      );
    }
    const picked = results.get(scale).picked;
    console.log(`   measured on ${JSON.stringify(picked)}`);
  }

  for (const b of builds) {
    row(`Build, ${fmt(b.articles)} articles: time (${b.pages} pages)`, b.seconds, 's', 'report', true);
    row(`Build, ${fmt(b.articles)} articles: peak memory`, b.peakMb, 'MB', 'report', true);
  }

  printScaleTable(rows);
  writeScaleReport(scale, rows, quick);
}
