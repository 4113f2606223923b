// Milliseconds to draw one article share image (fonts loaded, hero image converted once), for
// a Latin card and for a Japanese one (its characters come from many font subset files).
// Run with tsx; prints JSON.
import { renderArticleCard, type ArticleCardInput } from '../../lib/og/article-card';

type Card = (i: number) => Omit<ArticleCardInput, 'heroSrc'>;

const latin: Card = (i) => ({
  publication: 'Dateline',
  section: 'Indonesia',
  headline: `Jakarta’s flood tunnel passes its first monsoon test, officials say (${i})`,
  byline: 'News Desk (Kyodo News) and Rina Hartono',
  date: 'Sat, November 28, 2026',
});

const cjk: Card = (i) => ({
  publication: 'Dateline',
  section: '日本',
  headline: `東京都、首都直下地震に備えた新しい防災計画を発表　避難所を三割増やす（${i}）`,
  byline: '共同通信と山田花子',
  date: 'Sat, November 28, 2026',
});

async function timeOne(card: Card, i: number, heroSrc: string | null) {
  const started = performance.now();
  const response = await renderArticleCard({ ...card(i), heroSrc });
  await response.arrayBuffer();
  return performance.now() - started;
}

const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, p95: sorted[Math.floor(sorted.length * 0.95)]! };
};

/**
 * Both kinds are warmed up first and then drawn in turns, so neither is timed while the process
 * is still compiling the renderer (measured one after the other, the first kind paid for it).
 */
async function main() {
  const runs = Number(process.argv[2] ?? 40);
  const heroSrc = process.argv[3] || null;
  for (let i = 0; i < 5; i++) {
    await timeOne(latin, i, heroSrc);
    await timeOne(cjk, i, heroSrc);
  }
  const latinTimes: number[] = [];
  const cjkTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    latinTimes.push(await timeOne(latin, i, heroSrc));
    cjkTimes.push(await timeOne(cjk, i, heroSrc));
  }
  const { median, p95 } = summary(latinTimes);
  const { median: cjkMedian, p95: cjkP95 } = summary(cjkTimes);
  console.log(JSON.stringify({ median, p95, cjkMedian, cjkP95 }));
}

main();
