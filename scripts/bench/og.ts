// Milliseconds to draw one article share image (fonts loaded, hero image converted once).
// Run with tsx; prints JSON.
import { renderArticleCard } from '../../lib/og/article-card';

async function main() {
  const runs = Number(process.argv[2] ?? 40);
  const heroSrc = process.argv[3] ?? null;
  const times: number[] = [];
  for (let i = 0; i < runs + 3; i++) {
    const started = performance.now();
    const response = await renderArticleCard({
      publication: 'Dateline',
      section: 'Indonesia',
      headline: `Jakarta’s flood tunnel passes its first monsoon test, officials say (${i})`,
      byline: 'News Desk (Kyodo News) and Rina Hartono',
      date: 'Sat, November 28, 2026',
      heroSrc,
    });
    await response.arrayBuffer();
    if (i >= 3) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(JSON.stringify({ median: times[Math.floor(times.length / 2)], p95: times[Math.floor(times.length * 0.95)] }));
}

main();
