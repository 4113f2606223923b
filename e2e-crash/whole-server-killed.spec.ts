import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { untilInteractive } from '../e2e/fixtures';

// With readers posting feedback and an editor autosaving, the whole `npm start` process group
// (the primary and its workers) is killed with SIGKILL, then started again: every message that
// was thanked and every autosave that was confirmed is there, the database passes its integrity
// check, and the site serves again within 30 s.

const port = 3150;
const base = `http://127.0.0.1:${port}`;
const dataDir = 'data/e2e-crash';
const distDir = '.next-e2e';
const editor = { email: 'crash-editor@dateline.test', password: 'correct horse battery crash', name: 'Crash Editor' };
const env = {
  ...process.env,
  PORT: String(port),
  HOST: '127.0.0.1',
  SITE_URL: base,
  SQLITE_PATH: `${dataDir}/dateline.sqlite`,
  MEDIA_DIR: `${dataDir}/media`,
  NEXT_DIST_DIR: distDir,
  TRUSTED_PROXY_HOPS: '1',
  WEB_CONCURRENCY: '2',
  NODE_ENV: 'production' as const,
};

let server: ChildProcess | undefined;
const compiledServer = '.compiled/server.cjs';

/** Runs an export of one of the start-up scripts (plain JavaScript modules), as npm start does. */
function runScript(file: string, call: string) {
  execFileSync(process.execPath, ['--input-type=module', '-e', `import('./scripts/${file}').then((m) => m.${call})`], { env, stdio: 'inherit' });
}

function start(): ChildProcess {
  // Its own process group, as `npm start` under a supervisor is: the kill below takes all of it.
  return spawn(process.execPath, [compiledServer], { env, detached: true, stdio: 'ignore' });
}

async function answering(timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      if ((await fetch(`${base}/`)).ok) return Date.now() - started;
    } catch {
      // not yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the site did not answer within ${timeoutMs} ms`);
}

test.beforeAll(async () => {
  test.setTimeout(900_000);
  runScript('prepare.mjs', 'ensureLocalSecrets()');
  runScript('compile-server.mjs', 'compileServer()');
  if (!fs.existsSync(`${distDir}/BUILD_ID`)) runScript('build-site.mjs', 'nextBuild()');
  fs.rmSync(dataDir, { recursive: true, force: true });
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/setup-db.ts'], { env, stdio: 'inherit' });
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/user-create.ts', '--email', editor.email, '--role', 'editor', '--name', editor.name], {
    input: `${editor.password}\n`,
    env,
  });
  server = start();
  await answering(60_000);
});

test.afterAll(() => {
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

test('killing the whole server mid-load loses nothing it confirmed', async ({ page }) => {
  // The editor: signed in, a draft open, typing; each "Saved at" is an autosave confirmed.
  // Each newsroom page is used once React has hydrated it: a click before then can be dropped.
  await page.goto('/editor/sign-in');
  await untilInteractive(page);
  await page.getByLabel('Email').fill(editor.email);
  await page.getByLabel('Password').fill(editor.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();
  await page.goto('/editor/articles/new');
  await untilInteractive(page);
  await page.getByLabel('Headline').fill('Crash draft 0');
  await page.getByLabel('Summary (dek)').fill('A draft typed while the server is killed, long enough to pass.');
  await page.getByRole('textbox', { name: 'Story', exact: true }).click();
  await page.keyboard.insertText('The first paragraph of a draft that is saved again and again while the server is killed.');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('status')).toContainText('Saved.');
  const articleId = Number(/\/editor\/articles\/(\d+)/.exec(page.url())?.[1]);
  expect(articleId).toBeGreaterThan(0);

  let confirmed = 0;
  let typing = true;
  const note = page.locator('[data-autosave]');
  const editorLoop = (async () => {
    for (let n = 1; typing; n++) {
      await page.getByLabel('Headline').fill(`Crash draft ${n}`).catch(() => {});
      const saved = await note.filter({ hasText: /^Saved at/ }).waitFor({ timeout: 6_000 }).then(() => true, () => false);
      if (saved && typing) confirmed = n;
    }
  })();

  // The readers: posting feedback as the reader script does, each thank-you noted.
  const front = await (await fetch(`${base}/`)).text();
  const articlePath = /href="(\/[a-z-]+\/\d{4}\/\d\d\/\d\d\/[a-z0-9-]+)"/.exec(front)![1]!;
  const html = await (await fetch(`${base}${articlePath}`)).text();
  const articleField = /name="articleId" value="(\d+)"/.exec(html)![1]!;
  const thanked: string[] = [];
  let posting = true;
  const readers = Array.from({ length: 6 }, async (_, reader) => {
    for (let n = 0; posting; n++) {
      const message = `Crash reader ${reader} message ${n}: the map is missing a legend.`;
      const form = new FormData();
      form.set('articleId', articleField);
      form.set('message', message);
      form.set('website', '');
      form.set('idempotencyKey', crypto.randomUUID());
      const answer = await fetch(`${base}/api/feedback`, { method: 'POST', body: form, headers: { 'x-forwarded-for': `10.9.${reader}.${n % 250}` } }).catch(() => null);
      // A thank-you counts once read whole: the kill can cut an answer off after its head.
      const body = answer?.status === 200 ? ((await answer.json().catch(() => null)) as { status: string } | null) : null;
      if (body?.status === 'thanks') thanked.push(message);
    }
  });

  await new Promise((resolve) => setTimeout(resolve, 8_000));
  expect(confirmed).toBeGreaterThan(0);
  expect(thanked.length).toBeGreaterThan(50);
  process.kill(-server!.pid!, 'SIGKILL');
  const lastConfirmed = confirmed;
  typing = false;
  posting = false;
  await Promise.all([editorLoop, ...readers]);

  server = start();
  expect(await answering(30_000)).toBeLessThan(30_000);

  const db = new Database(env.SQLITE_PATH, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const stored = new Set((db.prepare("select message from feedback where message like 'Crash reader %'").all() as { message: string }[]).map((r) => r.message));
    expect(thanked.filter((message) => !stored.has(message))).toEqual([]);
    const { headline } = db.prepare('select headline from articles where id = ?').get(articleId) as { headline: string };
    expect(Number(/^Crash draft (\d+)$/.exec(headline)?.[1])).toBeGreaterThanOrEqual(lastConfirmed);
  } finally {
    db.close();
  }
  expect((await fetch(`${base}${articlePath}`)).status).toBe(200);
});
