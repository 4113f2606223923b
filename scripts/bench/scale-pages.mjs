// Times each reader page, feed and sitemap as a reader or crawler gets it, rendered uncached: the
// production server of the last scale build (any build serves any archive: nothing kept is used),
// on the database that was just read, with DATELINE_CACHE=off, so every request renders its page
// and makes every read of it. One request at a time, each answer read whole.
import { authorPath, searchPath, sectionPath, tagPath } from '../../lib/articles/urls.ts';
import { scaleDistDir } from './build-scale.mjs';
import { startBenchServer } from './server.mjs';

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

/** Reads `url`'s answer whole; refuses anything but a 200 drawn for this request. */
async function requestWhole(url) {
  const response = await fetch(url, { redirect: 'manual' });
  const body = await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
  // A cached answer would time the cache, not the render.
  const cached = response.headers.get('x-dateline-cache') === 'hit' || response.headers.get('x-nextjs-cache') === 'HIT';
  if (cached) throw new Error(`${url} was answered from a cache`);
  return body.byteLength;
}

/** p50 and p99 of requests to `url`: at least 30, for about `budgetMs`, after 5 to warm up. */
async function timeRequests(url, budgetMs) {
  for (let i = 0; i < 5; i++) await requestWhole(url);
  const wall = [];
  const until = performance.now() + budgetMs;
  while (wall.length < 30 || (performance.now() < until && wall.length < 500)) {
    const start = performance.now();
    await requestWhole(url);
    wall.push(performance.now() - start);
  }
  wall.sort((a, b) => a - b);
  return { p50: quantile(wall, 0.5), p99: quantile(wall, 0.99), runs: wall.length };
}

/**
 * The pages of what scale-reads.ts `picked`, under the names of its reads (but for the month
 * file, timed whole here and per 1,000 addresses there), so each page sits beside what it reads.
 * `database`: SQLITE_PATH and MEDIA_DIR, or DATABASE_URL.
 */
export async function timePages(picked, database, { quick }) {
  const pages = [
    ['front page', '/'],
    ['section page 1', sectionPath(picked.section)],
    ['section page 50 (or the last, if fewer)', sectionPath(picked.section, picked.deepPage)],
    ['section last page', sectionPath(picked.section, picked.sectionPages)],
    ['tag page (busiest tag)', tagPath(picked.tag.slug)],
    ['author page (busiest byline)', authorPath(picked.author.slug)],
    ['search, an uncommon word (the nearest to 1% of articles)', searchPath(picked.rareWord.word)],
    ['search, a word in every article', searchPath(picked.commonWord.word)],
    ['article page (article and related)', picked.article],
    ['site feed', '/feed.xml'],
    ['pages sitemap', '/sitemaps/pages.xml'],
    ['sitemap index', '/sitemap.xml'],
    // Whole, not per 1,000 addresses as its reads are: a page's fixed cost of rendering would
    // weigh more at 1,000 articles, whose busiest month is partly generated (about 730 against
    // 1,200), so the whole file is the stricter comparison.
    ['month sitemap (busiest month)', `/sitemaps/articles/${picked.month.month}.xml`],
    ['news sitemap', '/news-sitemap.xml'],
  ];
  const server = await startBenchServer({
    port: Number(process.env.SCALE_PAGES_PORT ?? 3310),
    name: 'scale-pages',
    build: false,
    env: { ...database, NEXT_DIST_DIR: scaleDistDir, DATELINE_CACHE: 'off', WEB_CONCURRENCY: '1' },
  });
  try {
    const figures = {};
    for (const [name, path] of pages) figures[name] = await timeRequests(server.url + path, quick ? 1000 : 3000);
    return figures;
  } finally {
    server.stop();
    await untilGone(server.pid);
  }
}

/** The next archive's server takes the same port: wait until this one has gone. */
async function untilGone(pid) {
  for (let tries = 0; tries < 300; tries++) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the server (pid ${pid}) still runs 30 s after being stopped`);
}
