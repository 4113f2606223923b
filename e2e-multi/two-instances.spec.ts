import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import pg from 'pg';
import { expect, test } from '@playwright/test';
import { feedbackFormFields } from '../e2e/fixtures';

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

test('a publish on one instance reaches readers of the other within seconds; sessions work on both', async ({ browser, request }) => {
  const email = `multi-${run}@dateline.test`;
  const password = 'correct horse battery multi';
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/user-create.ts', '--email', email, '--role', 'editor', '--name', 'Multi Editor'], {
    input: `${password}\n`,
    env: { ...process.env, DATABASE_URL: databaseUrl() },
  });
  // Warm both instances' caches of the front page first, so a stale copy would show.
  await request.get(`${a}/`);
  await request.get(`${b}/`);

  const context = await browser.newContext({ baseURL: a });
  const page = await context.newPage();
  await page.goto('/editor/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Articles' })).toBeVisible();

  // The same session cookie is good on the other instance.
  const onB = await context.newPage();
  await onB.goto(`${b}/editor`);
  await expect(onB.getByRole('heading', { name: 'Articles' })).toBeVisible();

  const headline = `Two instances, one newsroom ${run}`;
  await page.goto('/editor/articles/new');
  await page.getByLabel('Headline').fill(headline);
  await page.getByLabel('Summary (dek)').fill('Published on one instance, read on the other one.');
  await page.getByLabel('Body (Markdown)').fill('A paragraph long enough to be an article body in this end-to-end test.');
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByRole('status')).toContainText('Published.');

  await expect.poll(async () => (await (await request.get(`${b}/`)).text()).includes(headline), { timeout: 15_000, intervals: [1_000] }).toBe(true);
  await expect.poll(async () => (await (await request.get(`${b}/feed.xml`)).text()).includes(headline), { timeout: 15_000, intervals: [1_000] }).toBe(true);
  await context.close();
});
