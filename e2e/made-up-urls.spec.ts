import fs from 'node:fs';
import path from 'node:path';
import { baseURL } from '../playwright.config';
import { expect, findArticle, test } from './fixtures';
import { getOnNewConnection } from './load-readers';

// Someone requesting thousands of addresses that do not exist: each gets a 404, and none of
// them leaves anything behind on the server's disk (scripts/e2e-server.mjs builds into .next-e2e).
function filesUnder(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
}

test('2,000 made-up URLs answer 404 and leave fewer than 100 new files', async () => {
  test.setTimeout(240_000);
  const cacheDir = path.join('.next-e2e', 'cache');
  const before = filesUnder(cacheDir);
  const article = findArticle();
  const kinds = [
    (i: number) => `${article.path}-not-${i}`,
    (i: number) => `/${article.section}/2026/01/01/made-up-story-${i}`,
    (i: number) => `/tag/made-up-topic-${i}`,
    (i: number) => `/author/made-up-writer-${i}`,
    (i: number) => `/og/article/${900000 + i}.jpg`,
    (i: number) => `/og/article/${900000 + i}.png`,
    (i: number) => `/og/tag/made-up-topic-${i}.png`,
    (i: number) => `/og/author/made-up-writer-${i}.png`,
    (i: number) => `/${article.section}/page/${5000 + i}`,
  ];
  const urls = Array.from({ length: 2_000 }, (_, i) => kinds[i % kinds.length]!(i));
  const statuses = new Map<number, number>();
  for (let i = 0; i < urls.length; i += 10) {
    const answers = await Promise.all(urls.slice(i, i + 10).map((url) => getOnNewConnection(`${baseURL}${url}`)));
    for (const { status } of answers) statuses.set(status, (statuses.get(status) ?? 0) + 1);
  }
  expect(Object.fromEntries(statuses)).toEqual({ 404: 2_000 });
  expect(filesUnder(cacheDir) - before).toBeLessThan(100);
});
