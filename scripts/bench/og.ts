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

async function measure(card: Card, runs: number, heroSrc: string | null) {
  const times: number[] = [];
  for (let i = 0; i < runs + 3; i++) {
    const started = performance.now();
    const response = await renderArticleCard({ ...card(i), heroSrc });
    await response.arrayBuffer();
    if (i >= 3) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], p95: times[Math.floor(times.length * 0.95)] };
}

async function main() {
  const runs = Number(process.argv[2] ?? 40);
  const heroSrc = process.argv[3] ?? null;
  const { median, p95 } = await measure(latin, runs, heroSrc);
  const { median: cjkMedian, p95: cjkP95 } = await measure(cjk, runs, heroSrc);
  console.log(JSON.stringify({ median, p95, cjkMedian, cjkP95 }));
}

main();
