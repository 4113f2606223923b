// `npm run bench` (add `-- --quick` while developing): measures every budget of DESIGN.md against
// a production build on 127.0.0.1, prints a table with the budget beside each figure, and
// writes bench/results.json and docs/benchmarks.md. Not part of the test command.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { measureBuild } from './build-scale.mjs';
import { measureFeedback } from './feedback.mjs';
import { measurePage } from './page-weight.mjs';
import { startBenchServer } from './server.mjs';
import { measureServing } from './serving.mjs';
import { startPostgres } from './postgres.mjs';
import { writeReport } from './report.mjs';
import { measureTakedown } from './takedown.mjs';
import { measureAgainstFloor } from './floor.mjs';
import { measureFirstInteraction } from './interaction.mjs';
import { measureFronts } from './fronts.mjs';
import { measureLive } from './live.mjs';
import { workerCount } from '../../server/worker-count.ts';
import { runScaleBench, scaleArgument } from './scale.mjs';

const quick = process.argv.includes('--quick');
const workers = workerCount();
const rows = [];
const row = (figure, value, unit, budget, pass) => rows.push({ figure, value: Number(value.toFixed(value < 10 ? 2 : 0)), unit, budget, pass });
const section = (title) => console.log(`\n== ${title}`);

// `--scale N`: only the archive of N articles beside 1,000 (scale.mjs), with a table of its own.
if (scaleArgument(process.argv)) {
  await runScaleBench(process.argv);
  process.exit(0);
}

/** An article linked from the front page other than `than`. */
function otherArticle(front, than) {
  const paths = [...front.matchAll(/href="(\/[a-z-]+\/\d{4}\/\d\d\/\d\d\/[a-z0-9-]+)"/g)].map((m) => m[1]);
  return paths.find((p) => p !== than);
}

/** The fronts' rows: launch reach on `database`, and (where measured) the render times. */
function frontRows({ reach, automatic, ten }, database) {
  row(`Front launch → last old front seen by readers (${database}; a reader every 10 ms, ${reach.requestsAfter} after)`, reach.lingerMs, 'ms', '≤ 2000', reach.lingerMs <= 2000 && reach.errors === 0);
  if (!automatic || !ten) return;
  const hits = automatic.cached + ten.cached;
  row(`Front page drawn with nothing cached, automatic layout (9 containers)${hits ? `; ${hits} answers were hits` : ''}`, automatic.ms, 'ms', 'report', hits === 0);
  row(`Front page drawn with nothing cached, 10 containers with 4 pinned slots (${(ten.ms / automatic.ms).toFixed(2)} × automatic)`, ten.ms, 'ms', 'report', true);
}

/** A live coverage's delete on PostgreSQL, with its open pages polling two instances in turn. */
async function measureLiveOnTwoInstances(pgSite, front, article) {
  const second = await startBenchServer({ name: 'site-b', port: 3302, build: false, env: { DATABASE_URL: pgSite.env.DATABASE_URL, NEXT_DIST_DIR: pgSite.env.NEXT_DIST_DIR } });
  try {
    const liveArticle = [...front.matchAll(/href="(\/[a-z-]+\/\d{4}\/\d\d\/\d\d\/[a-z0-9-]+)"/g)].map((m) => m[1]).filter((p) => p !== article).at(-1);
    const live = await measureLive([pgSite.url, second.url], liveArticle, pgSite.env, { pages: quick ? 300 : 1000, duration: quick ? 20_000 : 30_000 });
    row(`Live update reach on PostgreSQL, two instances, p99 (${live.pages} pages)`, live.reachP99, 'ms', '≤ 15000 + 2000', live.reachP99 <= 17_000);
    row('Live delete → last answer still carrying it (PostgreSQL, two instances)', live.deleteLingerMs, 'ms', '≤ 2000', live.deleteLingerMs <= 2000);
  } catch (error) {
    console.error('[bench] live coverage on two instances could not be measured:', error);
    row(`Live coverage on PostgreSQL: not measured (${error.message})`, 0, '', 'measured', false);
  } finally {
    second.stop();
  }
}

const site = await startBenchServer({ name: 'site' });
try {
  const front = await (await fetch(`${site.url}/`)).text();
  const article = /href="(\/[a-z-]+\/\d{4}\/\d\d\/\d\d\/[a-z0-9-]+)"/.exec(front)[1];

  section('Page weight (article)');
  const weight = await measurePage(`${site.url}${article}`);
  row('Article first-load JS (gzip)', weight.jsKb, 'KB', '≤ 145', weight.jsKb <= 145);
  row('  of which our own client code', weight.ownJsKb, 'KB', '≤ 10', weight.ownJsKb <= 10);
  row('Article HTML (gzip)', weight.htmlKb, 'KB', '≤ 40', weight.htmlKb <= 40);
  row('Article whole page', weight.totalKb, 'KB', '≤ 500', weight.totalKb <= 500);

  section('Lighthouse (mobile) beside the no-script floor');
  const sectionPath = `/${article.split('/')[1]}`;
  const audited = [['article', article], ['front page', '/'], ['section', sectionPath]];
  // Five runs each: on a shared 2-core host single runs of the very same HTML differ by 10 points.
  const floors = await measureAgainstFloor(site.url, audited.map(([, path]) => path), { runs: quick ? 3 : 5 });
  for (const [name, path] of audited) {
    const { page: lh, floor } = floors[path];
    row(`Lighthouse ${name}: Performance (runs ${lh.performanceRuns.join(', ')})`, lh.performance, '', `≥ floor − 5 = ${floor.performance - 5}`, lh.performance >= floor.performance - 5);
    row(`  floor (same HTML, no scripts; runs ${floor.performanceRuns.join(', ')})`, floor.performance, '', 'report', true);
    row(`Lighthouse ${name}: LCP`, lh.lcpMs, 'ms', `≤ 1.25 × floor ${floor.lcpMs.toFixed(0)} = ${(1.25 * floor.lcpMs).toFixed(0)}`, lh.lcpMs <= 1.25 * floor.lcpMs);
    row(`Lighthouse ${name}: TBT`, lh.tbtMs, 'ms', `≤ floor ${floor.tbtMs.toFixed(0)} + 200`, lh.tbtMs <= floor.tbtMs + 200);
    row(`Lighthouse ${name}: CLS`, lh.cls, '', '0', lh.cls === 0);
    row(`Lighthouse ${name}: Accessibility`, lh.accessibility, '', '100', lh.accessibility === 100);
    row(`Lighthouse ${name}: Best Practices`, lh.bestPractices, '', '100', lh.bestPractices === 100);
    row(`Lighthouse ${name}: SEO`, lh.seo, '', '100', lh.seo === 100);
    row(`  Lighthouse benchmarkIndex (this host), page runs`, lh.benchmarkIndex, '', 'report', true);
    row(`  Lighthouse benchmarkIndex (this host), floor runs`, floor.benchmarkIndex, '', 'report', true);
  }

  section('First interaction, CPU slowed 4×');
  for (const [name, ms] of Object.entries(await measureFirstInteraction(`${site.url}${article}`))) {
    row(`First interaction: ${name}`, ms, 'ms', '≤ 200', ms <= 200);
  }

  section('Serving a static article');
  const serving = await measureServing(site.url, article, site.pid, { seconds: quick ? 5 : 10, workers });
  const cpu = (figures) => `server ${figures.serverCpu.toFixed(2)} cores, ${serving.generator} ${figures.generatorCpu.toFixed(2)} cores`;
  row(`Article requests/s (50 connections, ${serving.generator}; ${cpu(serving.ours)})`, serving.ours.rps, 'req/s', 'report', true);
  if (serving.nginx) {
    row(`nginx, same HTML (gzip_static), requests/s (${cpu(serving.nginx)})`, serving.nginx.rps, 'req/s', 'report', true);
    row('Throughput vs nginx', serving.ratio, '×', '≥ 0.5', serving.ratio >= 0.5);
  } else {
    row('Throughput vs nginx (nginx not installed)', 0, '×', '≥ 0.5', false);
  }
  row(`Node.js's own HTTP server alone, same bytes and headers, ${workers} processes, requests/s (${cpu(serving.node)})`, serving.node.rps, 'req/s', 'report', true);
  if (serving.nginx) row('  Node.js alone vs nginx: the most a server on Node.js could reach', serving.node.rps / serving.nginx.rps, '×', 'report', true);
  row('  Ours vs Node.js alone', serving.ours.rps / serving.node.rps, '×', 'report', true);
  row('p50 at full load', serving.ours.p50, 'ms', 'report', true);
  row(`p99 at 500 requests/s (autocannon, ${serving.paced.generatorCpu.toFixed(2)} cores)`, serving.paced.p99, 'ms', '≤ 50', serving.paced.p99 <= 50);
  row('Errors and non-2xx answers while serving', serving.ours.errors + serving.paced.errors, '', '0', serving.ours.errors + serving.paced.errors === 0);

  section('Share image');
  // The hero's 16:9 crop is the second image in the JSON-LD; the card is drawn from the original.
  const heroName = /"image":\["[^"]+","[^"]*?\/media\/crop\/[^/"]+\/([^"]+)"/.exec(await (await fetch(`${site.url}${article}`)).text())?.[1];
  const heroSrc = heroName ? `/media/${heroName}` : undefined;
  const og = JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/bench/og.ts', quick ? '15' : '40', heroSrc ?? ''], { env: site.env, encoding: 'utf8' }).trim().split('\n').pop(),
  );
  row('Share image render, median', og.median, 'ms', '≤ 60', og.median <= 60);
  row('Share image render, p95', og.p95, 'ms', 'report', true);
  row('Share image render, Japanese headline and byline, median', og.cjkMedian, 'ms', 'report', true);
  row('Share image render, Japanese headline and byline, p95', og.cjkP95, 'ms', 'report', true);

  section('Story work at the size limits');
  const story = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', 'scripts/bench/story-cost.ts'], { encoding: 'utf8' }).trim().split('\n').pop());
  row('Save of the largest allowed story (ids kept, validated, stored text): CPU', story.saveCpuMs, 'ms', '≤ 1000', story.saveCpuMs <= 1000);
  row('History view of the largest allowed stories (31 revisions read, 30 diffs): CPU', story.historyCpuMs, 'ms', '≤ 1000', story.historyCpuMs <= 1000);

  section('Feedback');
  const feedback = await measureFeedback(site.url, article, site.env, { seconds: quick ? 4 : 10 });
  const how = `${feedback.concurrency} concurrent, ${workers} server processes, load from ${feedback.generator}`;
  row(`Feedback accepted per second (SQLite; ${how})`, feedback.perSecond, '/s', '≥ 500', feedback.perSecond >= 500);
  row('Feedback lost (accepted − stored)', feedback.lost, '', '0', feedback.lost === 0);
  row('Feedback refused (not thanked)', feedback.refused, '', '0', feedback.refused === 0);
  row('Feedback p50 / p99 latency', feedback.p50, 'ms', `p99 ${feedback.p99.toFixed(0)} ms`, true);

  section('Live coverage');
  // On an article of its own, before the takedown (which unpublishes another).
  const liveArticle = [...front.matchAll(/href="(\/[a-z-]+\/\d{4}\/\d\d\/\d\d\/[a-z0-9-]+)"/g)].map((m) => m[1]).filter((p) => p !== article).at(-1);
  try {
    const live = await measureLive(site.url, liveArticle, site.env, { pages: quick ? 500 : 2000, duration: quick ? 30_000 : 60_000 });
    row(`Live update reach, median (${live.pages} open pages polling every 15 s, ${live.updates} updates)`, live.reachP50, 'ms', 'report', true);
    row('Live update reach, p99', live.reachP99, 'ms', '≤ 15000 + 2000', live.reachP99 <= 17_000);
    row('Live delete → last answer still carrying it', live.deleteLingerMs, 'ms', '≤ 2000', live.deleteLingerMs <= 2000);
    row('Live polls per second, all / reaching Next.js', live.pollsPerSecond, '/s', `${live.originPerSecond.toFixed(1)}/s reached Next.js`, true);
  } catch (error) {
    // One part failing must not lose the figures already measured.
    console.error('[bench] live coverage could not be measured:', error);
    row(`Live coverage: not measured (${error.message})`, 0, '', 'measured', false);
  }

  section('Fronts');
  const fronts = await measureFronts(site.url, article.split('/').pop(), site.env, { rounds: quick ? 9 : 21 });
  frontRows(fronts, 'SQLite');

  section('Takedown under load');
  // Last, and on another article: the measured one is gone afterwards.
  const takedown = await measureTakedown(site.url, otherArticle(front, article), site.env);
  row(`Unpublish → last 200 seen by readers (SQLite; ${takedown.requestsAfter} requests after)`, takedown.lingerMs, 'ms', '≤ 2000', takedown.lingerMs <= 2000);
} finally {
  site.stop();
}

section('Feedback on PostgreSQL');
const postgres = await startPostgres();
if (postgres) {
  // The same build, pointed at a PostgreSQL database made and filled by the same setup script.
  const pgSite = await startBenchServer({ name: 'site', port: 3301, build: false, env: { DATABASE_URL: postgres.url } });
  try {
    const front = await (await fetch(`${pgSite.url}/`)).text();
    const article = /href="(\/[a-z-]+\/\d{4}\/\d\d\/\d\d\/[a-z0-9-]+)"/.exec(front)[1];
    const feedback = await measureFeedback(pgSite.url, article, pgSite.env, { seconds: quick ? 4 : 10 });
    row(`Feedback accepted per second (PostgreSQL; ${feedback.concurrency} concurrent)`, feedback.perSecond, '/s', '≥ 500', feedback.perSecond >= 500);
    row('Feedback lost on PostgreSQL', feedback.lost, '', '0', feedback.lost === 0);
    row('Feedback refused on PostgreSQL', feedback.refused, '', '0', feedback.refused === 0);
    row('Feedback p50 / p99 latency on PostgreSQL', feedback.p50, 'ms', `p99 ${feedback.p99.toFixed(0)} ms`, true);
    frontRows(await measureFronts(pgSite.url, article.split('/').pop(), pgSite.env, { withRenders: false }), 'PostgreSQL');
    await measureLiveOnTwoInstances(pgSite, front, article);
    const takedown = await measureTakedown(pgSite.url, otherArticle(front, article), pgSite.env);
    row(`Unpublish → last 200 seen by readers (PostgreSQL; ${takedown.requestsAfter} requests after)`, takedown.lingerMs, 'ms', '≤ 2000', takedown.lingerMs <= 2000);
  } finally {
    pgSite.stop();
    postgres.stop();
  }
} else {
  row('Feedback on PostgreSQL (server binaries not installed)', 0, '/s', '≥ 500', false);
}

if (!quick) {
  section('Build at scale');
  const results = [];
  for (const n of [1000, 10000]) {
    const r = await measureBuild(n);
    results.push(r);
    row(`Build, ${n.toLocaleString('en-US')} articles: time`, r.seconds, 's', n === 10000 ? '≤ 300' : 'report', n !== 10000 || r.seconds <= 300);
    row(`Build, ${n.toLocaleString('en-US')} articles: peak memory`, r.peakMb, 'MB', n === 10000 ? '≤ 4096' : 'report', n !== 10000 || r.peakMb <= 4096);
  }
  const [small, large] = results;
  row('Build time growth 1k → 10k', large.seconds / small.seconds, '×', 'report (10× = linear)', true);
}

console.log('');
console.table(rows.map((r) => ({ figure: r.figure, value: `${r.value} ${r.unit}`.trim(), budget: r.budget, result: r.pass ? 'pass' : 'FAIL' })));
const machine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, date: new Date().toISOString(), quick };
fs.mkdirSync('bench', { recursive: true });
fs.writeFileSync('bench/results.json', `${JSON.stringify({ machine, rows }, null, 2)}\n`);
writeReport(machine, rows);
console.log('\nWrote bench/results.json and docs/benchmarks.md');
