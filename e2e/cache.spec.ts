import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { articlePath } from '../lib/articles/urls';
import { baseURL } from '../playwright.config';
import { articleRow, expect, fillNewArticle, storageStateFor, test } from './fixtures';
import { freshAnswers, getOnNewConnection, hammer, onClock } from './load-readers';

// What readers see while an editor takes a story down or corrects it, on the server with
// several worker processes (scripts/e2e-server.mjs runs `npm start`).
const run = Date.now().toString(36);
test.use({ storageState: storageStateFor('editor') });

async function publishNew(page: Page, headline: string, body?: string) {
  await fillNewArticle(page, headline, { body, section: 'world' });
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByRole('status')).toContainText('Published.');
  const row = articleRow(headline)!;
  return { ...row, path: articlePath({ section: row.section, slug: row.slug, publishedAt: row.published_at! }, 'Asia/Jakarta') };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 2_000));

test('unpublish under load: two seconds after the editor’s page returns, every worker answers 404 and no listing shows it', async ({ page }) => {
  test.setTimeout(120_000);
  const article = await publishNew(page, `Harbour permit withdrawn ${run}`);
  const url = `${baseURL}${article.path}`;
  const listings = ['/', `/${article.section}`, '/feed.xml', '/sitemaps/articles/1.xml', '/news-sitemap.xml'];
  // Every worker has the article and the listings that show it in its caches.
  for (const path of [article.path, ...listings]) {
    for (const answer of await freshAnswers(`${baseURL}${path}`, 4)) expect(answer.body).toContain(article.path);
  }

  const readers = hammer([url, `${baseURL}/`, `${baseURL}/${article.section}`]);
  await page.getByRole('button', { name: 'Unpublish' }).click();
  await expect(page.getByRole('status')).toContainText('Unpublished.');
  await settle();

  const answers = await freshAnswers(url, 30);
  expect(answers.map((a) => a.status)).toEqual(Array(30).fill(404));
  for (const path of listings) {
    for (const answer of await freshAnswers(`${baseURL}${path}`, 4)) expect(answer.body, path).not.toContain(article.path);
  }
  expect(await readers.stop()).toBeGreaterThan(30);
});

test('a takedown holds when it lands while a render of the long story runs, with readers arriving on a clock', async ({ page, context }) => {
  test.setTimeout(240_000);
  // Long enough that rendering it takes a good fraction of a second (about 300 KB of text).
  const words = 'harbour permit council dredging ferry monsoon tide survey contract pier'.split(' ');
  const paragraph = (n: number) => Array.from({ length: 800 }, (_, i) => words[(i * 7 + n) % words.length]).join(' ') + '.';
  const long = await publishNew(page, `Harbour dredging inquiry ${run}`, Array.from({ length: 60 }, (_, n) => paragraph(n)).join('\n\n'));
  const url = `${baseURL}${long.path}`;
  for (const answer of await freshAnswers(url, 4)) expect(answer.status).toBe(200);

  // Another story of the same section, whose save makes the long story's page render again.
  const other = await context.newPage();
  await publishNew(other, `Ferry pier survey ${run}`);
  const readers = onClock(url, 10);
  await new Promise((resolve) => setTimeout(resolve, 500));
  await other.getByLabel('Text shown to readers').fill(`A pier number was wrong (${run}).`);
  await other.getByRole('button', { name: 'Add correction' }).click();
  await expect(other.getByRole('status')).toContainText('Correction added');
  // The section's expiry sends every worker to render the long story anew; the takedown lands now.
  await page.getByRole('button', { name: 'Unpublish' }).click();
  // Under this load the editor's own page takes a while to come back; the clock starts when it has.
  await expect(page.getByRole('status')).toContainText('Unpublished.', { timeout: 30_000 });
  const takenDownAt = Date.now();
  await new Promise((resolve) => setTimeout(resolve, 4_000));
  const answers = await readers.stop();

  const late = answers.filter((a) => a.sentAt > takenDownAt + 2_000);
  expect(late.length).toBeGreaterThan(50);
  expect(late.filter((a) => a.status !== 404)).toEqual([]);
  expect((await freshAnswers(url, 30)).map((a) => a.status)).toEqual(Array(30).fill(404));
});

test('a correction under load is on every worker two seconds after the editor’s page returns', async ({ page }) => {
  test.setTimeout(120_000);
  const article = await publishNew(page, `Ferry timetable story ${run}`);
  const url = `${baseURL}${article.path}`;
  for (const answer of await freshAnswers(url, 4)) expect(answer.status).toBe(200);

  const readers = hammer([url]);
  const text = `An earlier version gave the wrong departure time; the ferry leaves at 06:40 (${run}).`;
  await page.getByLabel('Text shown to readers').fill(text);
  await page.getByRole('button', { name: 'Add correction' }).click();
  await expect(page.getByRole('status')).toContainText('Correction added');
  await settle();

  const answers = await freshAnswers(url, 30);
  expect(answers.filter((a) => a.body.includes(text))).toHaveLength(30);
  for (const answer of await freshAnswers(`${baseURL}/corrections`, 4)) expect(answer.body).toContain(text);
  await readers.stop();
});

test('the front cache answers a repeat request from memory, names the page’s tags, and drops it when the page is refreshed', async ({ page }) => {
  const article = await publishNew(page, `Tide gauge readings ${run}`);
  // One kept-alive connection stays with one worker process.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const get = () =>
    new Promise<{ cache: string | undefined; tags: string; control: string; html: string }>((resolve, reject) => {
      http
        .get(`${baseURL}${article.path}`, { agent, headers: { 'accept-encoding': 'gzip' } }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({
              cache: response.headers['x-dateline-cache'] as string | undefined,
              tags: String(response.headers['cache-tag'] ?? ''),
              control: String(response.headers['cache-control'] ?? ''),
              html: gunzipSync(Buffer.concat(chunks)).toString('utf8'),
            }),
          );
        })
        .on('error', reject);
    });

  const first = await get();
  expect(first.cache).toBe('miss');
  expect(first.tags.split(',')).toContain(`path:${article.path}`);
  expect(first.control).toMatch(/s-maxage=\d+, stale-while-revalidate=\d+/);
  const second = await get();
  expect(second.cache).toBe('hit');
  expect(second.html).toBe(first.html);

  const text = `A clarification about the gauge at Tanjung Priok (${run}).`;
  await page.getByLabel('Text shown to readers').fill(text);
  await page.getByRole('button', { name: 'Add correction' }).click();
  await expect(page.getByRole('status')).toContainText('Correction added');
  const third = await get();
  expect(third.cache).toBe('miss');
  expect(third.html).toContain(text);
  expect((await get()).cache).toBe('hit');
  agent.destroy();
  expect((await getOnNewConnection(`${baseURL}${article.path}`)).body).toContain(text);
});
