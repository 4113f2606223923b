// Times what each reader page, feed and sitemap reads, uncached, on the database the environment
// names (SQLITE_PATH, or DATABASE_URL): the same reader functions the cached reads of
// lib/articles/queries/index.ts wrap, composed as each page composes them, and the sitemaps built
// from the uncached reads. What the archive's size changes is these reads; the rendering around
// them is the same work at any size. Prints one JSON line: { figures, peakRssMb, picked }.
// `node --import tsx scripts/bench/scale-reads.ts [--budget-ms=2000]`
import { sql } from 'kysely';
import * as read from '../../lib/articles/queries/articles';
import { sections } from '../../lib/articles/sections';
import { closeDb, getDb, getDialect } from '../../lib/db/client';
import { readLaunched } from '../../lib/fronts/read';
import { resolveFront } from '../../lib/fronts/resolve';
import {
  buildArticleNewsSitemap,
  buildArticleSitemapIndex,
  buildMonthSitemap,
  uncachedSitemapReads,
} from '../../lib/feeds/article-sitemaps';
import { newsMaxEntries, newsWindowMs } from '../../lib/feeds/sitemap';
import { vocabulary } from './synthetic-text';

const budgetMs = Number(
  process.argv.find((a) => a.startsWith('--budget-ms='))?.split('=')[1] ?? 2000,
);

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

/**
 * p50 and p99 of `fn` over at least 30 runs and about `budgetMs` of running, after 300 ms to warm up;
 * beside them the p50 of this process's CPU time, which a busy machine disturbs less (on SQLite
 * it is nearly all of the work; on PostgreSQL the server's share is not in it).
 */
async function time(fn: () => Promise<unknown>) {
  const warm = performance.now() + 300;
  for (let i = 0; i < 10 || performance.now() < warm; i++) await fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  const until = performance.now() + budgetMs;
  while (wall.length < 30 || (performance.now() < until && wall.length < 1000)) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    await fn();
    const used = process.cpuUsage(startCpu);
    wall.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return {
    p50: quantile(wall, 0.5),
    p99: quantile(wall, 0.99),
    cpuP50: quantile(cpu, 0.5),
    runs: wall.length,
  };
}

/** The tag or author with the most published articles: the worst case of its listing. */
async function busiest(link: 'article_tags' | 'article_bylines', table: 'tags' | 'authors') {
  const column = link === 'article_tags' ? 'tag_id' : 'author_id';
  const { rows } = await sql<{ slug: string; n: number | string }>`
    select t.slug, count(*) as n from ${sql.table(link)} l
    join articles a on a.id = l.article_id
    join ${sql.table(table)} t on t.id = l.${sql.ref(column)}
    where a.status = 'published' group by t.slug order by n desc limit 1`.execute(getDb());
  return { slug: rows[0]!.slug, articles: Number(rows[0]!.n) };
}

/** Published articles holding `word` (as search matches it, a prefix), counted exactly: search's own total stops at its cap. */
async function matches(word: string) {
  const found =
    getDialect() === 'postgres'
      ? sql<{ n: string }>`select count(*) as n from articles
          where status = 'published' and search @@ to_tsquery('simple', ${`${word}:*`})`
      : sql<{ n: number }>`select count(*) as n from articles_fts
          cross join articles on articles.id = articles_fts.rowid
          where articles_fts match ${`"${word}"*`} and articles.status = 'published'`;
  return Number((await found.execute(getDb())).rows[0]!.n);
}

/** Of a sample of the bench's vocabulary, the word nearest to one published article in a hundred. */
async function wordOfOnePercent(published: number) {
  let best = { word: vocabulary[0]!, share: 1 };
  for (const word of vocabulary.slice(100, 4000).filter((_, i) => i % 97 === 0)) {
    const share = (await matches(word)) / published;
    if (Math.abs(Math.log(share / 0.01)) < Math.abs(Math.log(best.share / 0.01)))
      best = { word, share };
  }
  return best.word;
}

async function main() {
  const section = sections[0].slug;
  const { pageCount: sectionPages } = await read.readSectionPage(section, 1);
  const published = Number(
    (
      await getDb()
        .selectFrom('articles')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('status', '=', 'published')
        .executeTakeFirstOrThrow()
    ).n,
  );
  const [tag, author] = [
    await busiest('article_tags', 'tags'),
    await busiest('article_bylines', 'authors'),
  ];
  const rareWord = await wordOfOnePercent(published);
  const commonWord = vocabulary[0]!;
  const busiestMonth = (await read.readSitemapMonths()).sort((a, b) => b.count - a.count)[0]!;
  // An article from the middle of the archive: neither the newest nor the oldest.
  const [middle] = await read.readPublishedPathsPage(Math.floor(published / 2), 1);
  const deepPage = Math.min(50, sectionPages);

  const picked = {
    published,
    section,
    sectionPages,
    deepPage,
    tag,
    author,
    rareWord: { word: rareWord, matches: await matches(rareWord) },
    commonWord: { word: commonWord, matches: await matches(commonWord) },
    month: { month: busiestMonth.month, articles: busiestMonth.count },
    article: middle!.path,
  };

  // Each as its page reads it; [name, read, divisor of the time].
  const pages: [string, () => Promise<unknown>, number?][] = [
    // The home page is a front (lib/fronts): its launched layout, or the automatic one, filled.
    ['front page', async () => resolveFront((await readLaunched('home')).layout)],
    ['section page 1', () => read.readSectionPage(section, 1)],
    ['section page 50 (or the last, if fewer)', () => read.readSectionPage(section, deepPage)],
    ['section last page', () => read.readSectionPage(section, sectionPages)],
    [
      'tag page (busiest tag)',
      () => Promise.all([read.readTag(tag.slug), read.readTagPage(tag.slug, 1)]),
    ],
    // The author page shows their newest three pages of stories.
    [
      'author page (busiest byline)',
      () =>
        Promise.all([
          read.readAuthor(author.slug),
          ...[1, 2, 3].map((p) => read.readAuthorPage(author.slug, p)),
        ]),
    ],
    [
      'search, an uncommon word (the nearest to 1% of articles)',
      () => read.readSearch(rareWord, 1),
    ],
    ['search, a word in every article', () => read.readSearch(commonWord, 1)],
    [
      'article page (article and related)',
      async () => {
        const found = await read.readArticleAt(middle!.path);
        if (found?.kind === 'article') await read.readRelated(found.article);
      },
    ],
    ['site feed', () => read.readFeedArticles(null)],
    ['pages sitemap', () => Promise.all([read.readAllTagSlugs(), read.readAllAuthorSlugs()])],
    ['sitemap index', () => buildArticleSitemapIndex(uncachedSitemapReads)],
    // A month's file grows with the month, not the archive (at 1,000 articles no month is
    // full): its time is given per 1,000 of its addresses.
    [
      'month sitemap (busiest month), per 1,000 addresses',
      () => buildMonthSitemap(uncachedSitemapReads, busiestMonth.month, 1),
      busiestMonth.count / 1000,
    ],
    [
      'news sitemap',
      async () => {
        const now = Date.now();
        const recent = await read.readPathsSince(
          new Date(now - newsWindowMs).toISOString(),
          newsMaxEntries,
        );
        buildArticleNewsSitemap(recent, now);
      },
    ],
  ];
  // Every read once through before any is timed, so the first timed is not the one that pays
  // for compiling the code they share.
  for (const [, fn] of pages) for (let i = 0; i < 3; i++) await fn();
  const figures: Record<string, Awaited<ReturnType<typeof time>>> = {};
  for (const [name, fn, divisor = 1] of pages) {
    const t = await time(fn);
    figures[name] = {
      ...t,
      p50: t.p50 / divisor,
      p99: t.p99 / divisor,
      cpuP50: t.cpuP50 / divisor,
    };
  }

  const size =
    getDialect() === 'postgres'
      ? Number(
          (
            await sql<{
              size: string;
            }>`select pg_database_size(current_database()) as size`.execute(getDb())
          ).rows[0]!.size,
        )
      : null;
  console.log(
    JSON.stringify({
      figures,
      picked,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      postgresBytes: size,
    }),
  );
}

main()
  .finally(closeDb)
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
