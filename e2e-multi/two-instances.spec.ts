import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { basename } from 'node:path';
import pg from 'pg';
import sharp from 'sharp';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { articlePath } from '../lib/articles/urls';
import { feedbackFormFields, untilInteractive, writeStory } from '../e2e/fixtures';
import { freshAnswers, getOnNewConnection, hammer } from '../e2e/load-readers';
import { guess } from '../e2e/sign-in-guess';

const a = 'http://127.0.0.1:3201';
const b = 'http://127.0.0.1:3202';
const databaseUrl = () => fs.readFileSync('data/e2e-multi/database-url', 'utf8');
const run = Date.now().toString(36);

async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

test('feedback sent to either instance is stored once, and rate limits are shared', async ({ request }) => {
  const html = await (await request.get(`${a}/`)).text();
  const path = /href="(\/[a-z-]+\/\d{4}\/\d\d\/\d\d\/[a-z0-9-]+)"/.exec(html)![1]!;
  const fields = feedbackFormFields(await (await request.get(`${a}${path}`)).text());
  const key = crypto.randomUUID();
  const message = `Sent to both instances with one form key (${run}).`;
  for (const host of [a, b]) {
    const response = await request.post(`${host}${path}`, { multipart: { ...fields, message, idempotencyKey: key }, headers: { 'X-Forwarded-For': '192.0.2.200' } });
    expect(await response.text()).toContain('Thank you for sharing your thoughts');
  }
  expect(await query('select id from feedback where message = $1', [message])).toHaveLength(1);

  const client = '192.0.2.201';
  for (let i = 0; i < 5; i++) {
    const host = i % 2 ? b : a;
    const response = await request.post(`${host}${path}`, { multipart: { ...fields, message: `Shared limit message ${i} (${run}), long enough.` }, headers: { 'X-Forwarded-For': client } });
    expect(await response.text()).toContain('Thank you for sharing your thoughts');
  }
  const limited = await request.post(`${b}${path}`, { multipart: { ...fields, message: `One too many (${run}), long enough text.` }, headers: { 'X-Forwarded-For': client } });
  expect(await limited.text()).toContain('Please wait a little and try again');
});

function createEditor(who: string) {
  const email = `${who}-${run}@dateline.test`;
  const password = 'correct horse battery multi';
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/user-create.ts', '--email', email, '--role', 'editor', '--name', 'Multi Editor'], {
    input: `${password}\n`,
    env: { ...process.env, DATABASE_URL: databaseUrl() },
  });
  return { email, password };
}

/** Opens a newsroom page and waits for React to hydrate it: a click before then can be dropped. */
async function openNewsroom(page: Page, path: string) {
  await page.goto(path);
  await untilInteractive(page);
}

async function signInOnA(browser: Browser, who: string) {
  const { email, password } = createEditor(who);
  const context = await browser.newContext({ baseURL: a });
  const page = await context.newPage();
  await openNewsroom(page, '/editor/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Articles' })).toBeVisible();
  return { context, page };
}

async function publishOnA(page: Page, headline: string, hero?: { picture: Buffer; alt: string }): Promise<string> {
  await openNewsroom(page, '/editor/articles/new');
  await page.getByLabel('Headline').fill(headline);
  await page.getByLabel('Summary (dek)').fill('Published on one instance, read on the other one.');
  await writeStory(page, 'A paragraph long enough to be an article body in this end-to-end test.');
  if (hero) {
    await page.getByLabel(/Upload a new image/).setInputFiles({ name: 'IMG_0007.JPG', mimeType: 'image/jpeg', buffer: hero.picture });
    await page.getByLabel('Alt text', { exact: true }).fill(hero.alt);
  }
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByRole('status')).toContainText('Published.');
  const [row] = await query<{ section: string; slug: string; published_at: string }>('select section, slug, published_at from articles where headline = $1', [headline]);
  return articlePath({ section: row!.section, slug: row!.slug, publishedAt: row!.published_at }, 'Asia/Jakarta');
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 2_000));

test('a publish on one instance reaches readers of the other within seconds; sessions work on both', async ({ browser, request }) => {
  // Warm both instances' caches of the front page first, so a stale copy would show.
  await request.get(`${a}/`);
  await request.get(`${b}/`);
  const { context, page } = await signInOnA(browser, 'multi');

  // The same session cookie is good on the other instance.
  const onB = await context.newPage();
  await onB.goto(`${b}/editor`);
  await expect(onB.getByRole('heading', { name: 'Articles' })).toBeVisible();

  const headline = `Two instances, one newsroom ${run}`;
  await publishOnA(page, headline);

  await expect.poll(async () => (await (await request.get(`${b}/`)).text()).includes(headline), { timeout: 15_000, intervals: [1_000] }).toBe(true);
  await expect.poll(async () => (await (await request.get(`${b}/feed.xml`)).text()).includes(headline), { timeout: 15_000, intervals: [1_000] }).toBe(true);
  await context.close();
});

test('unpublish and correction under load hold on both instances two seconds after the editor’s page returns', async ({ browser }) => {
  test.setTimeout(120_000);
  const { context, page } = await signInOnA(browser, 'takedown');
  const path = await publishOnA(page, `Two-instance takedown ${run}`);
  for (const host of [a, b]) for (const answer of await freshAnswers(`${host}${path}`, 3)) expect(answer.status).toBe(200);
  const editUrl = page.url();

  let readers = hammer([`${a}${path}`, `${b}${path}`, `${a}/`, `${b}/`]);
  const text = `A correction read on both instances (${run}).`;
  await page.getByLabel('Text shown to readers').fill(text);
  await page.getByRole('button', { name: 'Add correction' }).click();
  await expect(page.getByRole('status')).toContainText('Correction added');
  await settle();
  for (const host of [a, b]) {
    expect((await freshAnswers(`${host}${path}`, 15)).filter((answer) => answer.body.includes(text))).toHaveLength(15);
  }
  await readers.stop();

  readers = hammer([`${a}${path}`, `${b}${path}`, `${a}/`, `${b}/`]);
  await page.goto(editUrl);
  await page.getByRole('button', { name: 'Unpublish' }).click();
  await expect(page.getByRole('status')).toContainText('Unpublished.');
  await settle();
  for (const host of [a, b]) {
    expect((await freshAnswers(`${host}${path}`, 15)).map((answer) => answer.status)).toEqual(Array(15).fill(404));
    for (const answer of await freshAnswers(`${host}/`, 2)) expect(answer.body).not.toContain(path);
  }
  await readers.stop();
  await context.close();
});

test('a live update deleted through one instance is gone from both instances’ polls, page and feed two seconds later, under readers', async ({ browser }) => {
  test.setTimeout(120_000);
  const { context, page } = await signInOnA(browser, 'live');
  const headline = `Two-instance live coverage ${run}`;
  const path = await publishOnA(page, headline);
  const [row] = await query<{ id: number }>('select id from articles where headline = $1', [headline]);
  const id = row!.id;
  await openNewsroom(page, `/editor/articles/${id}/live`);
  await page.getByRole('button', { name: 'Start live coverage' }).click();
  await expect(page.getByText(/^Live since /)).toBeVisible();
  const composer = page.getByRole('form', { name: 'New update' });
  await composer.getByLabel('Update', { exact: true }).fill(`Rescuers reached the harbour (${run}).`);
  await composer.getByLabel('Update', { exact: true }).press('ControlOrMeta+Enter');
  await expect(composer.getByRole('status')).toHaveText('Posted.');

  const updatesOn = async (host: string) =>
    (JSON.parse((await getOnNewConnection(`${host}/live/${id}.json`)).body) as { updates: [number, number, number][] }).updates.map(([update]) => update);
  // Both instances carry the update (and hold their answers in their caches) before the delete.
  for (const host of [a, b]) await expect.poll(async () => (await updatesOn(host)).length, { timeout: 15_000 }).toBe(1);
  const [update] = await updatesOn(b);

  const readers = hammer([`${a}/live/${id}.json`, `${b}/live/${id}.json`, `${a}${path}`, `${b}${path}`]);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.locator(`#desk-update-${update}`).getByRole('button', { name: 'Delete' }).click();
  await expect(page.locator(`#desk-update-${update}`)).toHaveCount(0);
  await settle();
  for (const host of [a, b]) {
    for (let i = 0; i < 6; i++) {
      expect(await updatesOn(host), host).not.toContain(update);
      expect((await getOnNewConnection(`${host}${path}`)).body, host).not.toContain(`id="update-${update}"`);
      expect((await getOnNewConnection(`${host}/live/${id}.xml`)).body, host).not.toContain(`#update-${update}`);
    }
  }
  await readers.stop();
  await context.close();
});

test('guesses spread over both instances from 11 addresses do not lock the real editor out of either', async () => {
  test.setTimeout(120_000);
  const { email, password } = createEditor('lockout');
  for (let n = 0; n < 11; n++) {
    for (let i = 0; i < 5; i++) expect(await guess(i % 2 ? b : a, `192.0.2.${n + 10}`, email, `wrong ${i}`)).toBe('credentials');
  }
  // The guessers stay refused on either instance; the editor, from any other address, gets in.
  expect(await guess(b, '192.0.2.10', email, password)).toBe('throttled');
  expect(await guess(a, '192.0.2.11', email, password)).toBe('throttled');
  expect(await guess(b, '192.0.2.99', email, password)).toBe('signed-in');
  expect(await guess(a, '192.0.2.98', email, password)).toBe('signed-in');
});

// Grey, with a red square towards the right edge: a crop or card that shows red where the square
// should land drew this picture. The pictures are cropped around the centre (no focal point set).
const subject = { left: 1240, top: 500, size: 200 };
const middle = { x: subject.left + subject.size / 2, y: subject.top + subject.size / 2 };
async function isRedAt(bytes: Buffer, x: number, y: number) {
  const { data, info } = await sharp(bytes).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (Math.round(y) * info.width + Math.round(x)) * 3;
  return data[at]! > 170 && data[at + 1]! < 60 && data[at + 2]! < 60;
}

test('a picture uploaded through one instance is served, cropped and drawn on the share card by the other', async ({ browser, request }) => {
  test.setTimeout(120_000);
  const red = await sharp({ create: { width: subject.size, height: subject.size, channels: 3, background: '#d00000' } }).png().toBuffer();
  const picture = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#7a8a99' } })
    .composite([{ input: red, left: subject.left, top: subject.top }])
    .jpeg()
    .toBuffer();
  const { context, page } = await signInOnA(browser, 'media');
  const headline = `A picture from the other instance ${run}`;
  const articlePath = await publishOnA(page, headline, { picture, alt: 'A red square on a grey field' });
  await context.close();
  const [row] = await query<{ hero_src: string }>('select hero_src from articles where headline = $1', [headline]);
  const src = row!.hero_src;
  expect(src).toMatch(/^\/media\/upload-[a-f0-9]+\.webp$/);
  const file = basename(src);
  // Each instance has a folder of its own (scripts/e2e-multi-server.mjs): the picture is in neither.
  for (const port of ['3201', '3202']) expect(fs.existsSync(`data/e2e-multi/media-${port}/${file}`)).toBe(false);

  const original = await request.get(`${b}${src}`);
  expect(original.status()).toBe(200);
  expect(original.headers()['content-type']).toBe('image/webp');
  expect(original.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(await sharp(Buffer.from(await original.body())).metadata()).toMatchObject({ format: 'webp', width: 1600, height: 1200 });
  // next/image on B fetches the original from B's own /media route (q=75: reader pages ask for 60
  // and the editor shows plain /media addresses, so the optimizer has no copy of it yet).
  const resized = await request.get(`${b}/_next/image?url=${encodeURIComponent(src)}&w=640&q=75`);
  expect(resized.status()).toBe(200);
  expect((await sharp(Buffer.from(await resized.body())).metadata()).width).toBe(640);

  // The article as B renders it: its JSON-LD names the share card and the three crops, all drawn by B.
  const reader = await browser.newPage();
  await reader.goto(`${b}${articlePath}`);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(headline);
  const jsonLds = (await reader.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text));
  const images: string[] = jsonLds.find((data) => data['@type'] === 'NewsArticle').image;
  await reader.close();
  const shapes = { '16x9': [1200, 675], '4x3': [1200, 900], '1x1': [1200, 1200] } as const;
  for (const [crop, [width, height]] of Object.entries(shapes)) {
    const url = images.find((image) => image.includes(`/media/crop/${crop}-50-50/${file}`));
    expect(url, crop).toBeTruthy();
    const response = await request.get(`${b}${new URL(url!).pathname}`);
    expect(response.status(), crop).toBe(200);
    expect(response.headers()['content-type']).toBe('image/jpeg');
    const bytes = Buffer.from(await response.body());
    expect(await sharp(bytes).metadata()).toMatchObject({ width, height });
    // Each crop is the largest centred window of its shape, drawn at most 1200 wide.
    const scale = width / Math.min(1600, (1200 * width) / height);
    const [left, top] = [(1600 - width / scale) / 2, (1200 - height / scale) / 2];
    expect(await isRedAt(bytes, (middle.x - left) * scale, (middle.y - top) * scale), crop).toBe(true);
  }
  // B keeps the crops it made in its own folder; A made none.
  const cropsIn = (port: string) => {
    const dir = `data/e2e-multi/media-${port}/derived`;
    return fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.endsWith(`-${file.replace('.', '-')}.jpg`)) : [];
  };
  expect(cropsIn('3202')).toHaveLength(3);
  expect(cropsIn('3201')).toEqual([]);

  const share = await request.get(`${b}${new URL(images[0]!).pathname}`);
  expect(share.status()).toBe(200);
  expect(share.headers()['content-type']).toBe('image/jpeg');
  const card = Buffer.from(await share.body());
  expect(await sharp(card).metadata()).toMatchObject({ width: 1200, height: 630 });
  // Cropped to 1600×840 from y 180 and drawn at 0.75: the square's middle lands at (1005, 315),
  // right of the darkened band under the words, where the photo shows as it is.
  expect(await isRedAt(card, middle.x * 0.75, (middle.y - 180) * 0.75)).toBe(true);
});
