import { accounts, articleRow, expect, fillNewArticle, storageStateFor, test } from './fixtures';
import { formFieldsContaining } from './action-forms';
import { articlePath } from '../lib/articles/urls';
import { baseURL } from '../playwright.config';
import { getOnNewConnection } from './load-readers';

const run = Date.now().toString(36);
const publicPath = (row: { section: string; slug: string; published_at: string | null }) =>
  articlePath({ section: row.section, slug: row.slug, publishedAt: row.published_at! }, 'Asia/Jakarta');

test.describe('as an editor', () => {
  test.use({ storageState: storageStateFor('editor') });

  test('publish: the reader page, front page and feed show it at once, without a rebuild', async ({ page, request }) => {
    const headline = `Harbour ferries add a night crossing ${run}`;
    // Every server process has the front page in its caches before the change.
    for (let i = 0; i < 4; i++) expect((await getOnNewConnection(`${baseURL}/`)).body).not.toContain(headline);
    await fillNewArticle(page, headline);
    await page.getByRole('button', { name: 'Publish now' }).click();
    await expect(page.getByRole('status')).toContainText('Published.');
    await expect(page.getByText(/Pages refreshed/).first()).toBeVisible();

    const row = articleRow(headline)!;
    expect(row.status).toBe('published');
    const path = publicPath(row);
    const reader = await request.get(path);
    expect(reader.status()).toBe(200);
    expect(await reader.text()).toContain(headline);
    expect(await (await request.get('/')).text()).toContain(headline);
    expect(await (await request.get('/feed.xml')).text()).toContain(headline);
    expect(await (await request.get('/sitemaps/articles/1.xml')).text()).toContain(path);
    for (let i = 0; i < 4; i++) {
      expect((await getOnNewConnection(`${baseURL}/`)).body).toContain(headline);
      expect((await getOnNewConnection(`${baseURL}${path}`)).body).toContain(headline);
    }
  });

  test('renaming a published article keeps its old URL as a permanent redirect', async ({ page, request }) => {
    const headline = `Renamed story ${run}`;
    await fillNewArticle(page, headline);
    await page.getByRole('button', { name: 'Publish now' }).click();
    await expect(page.getByRole('status')).toContainText('Published.');
    const oldPath = publicPath(articleRow(headline)!);
    expect((await request.get(oldPath)).status()).toBe(200);

    await page.getByLabel('Slug').fill(`renamed-story-new-${run}`);
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect(page.getByRole('status')).toContainText('Saved.');
    const newPath = publicPath(articleRow(headline)!);
    expect(newPath).not.toBe(oldPath);
    const old = await request.get(oldPath, { maxRedirects: 0 });
    expect(old.status()).toBe(308);
    expect(old.headers().location).toBe(newPath);
    // A shared cache keeps the redirect as long as it keeps pages, not a year: a rename back must reach readers.
    expect(old.headers()['cache-control']).toMatch(/^public, max-age=0, s-maxage=(60|86400), stale-while-revalidate=30$/);
    expect((await request.get(newPath)).status()).toBe(200);
  });

  test('schedule: the article goes live after its time, with no outside cron', async ({ page, request }) => {
    test.setTimeout(150_000);
    const headline = `Scheduled story about tide gauges ${run}`;
    await fillNewArticle(page, headline);
    // The next whole minute in the newsroom's time zone (UTC+7), as a datetime-local value.
    const at = new Date(Math.ceil((Date.now() + 5_000) / 60_000) * 60_000 + 7 * 3600_000).toISOString().slice(0, 16);
    await page.getByLabel('Publication time (newsroom time zone)').fill(at);
    await page.getByRole('button', { name: 'Schedule' }).click();
    await expect(page.getByRole('status')).toContainText('Scheduled.');
    expect(articleRow(headline)!.status).toBe('scheduled');
    expect(await (await request.get('/')).text()).not.toContain(headline);

    await expect.poll(() => articleRow(headline)!.status, { timeout: 120_000, intervals: [5_000] }).toBe('published');
    await expect.poll(async () => (await (await request.get('/')).text()).includes(headline), { timeout: 10_000 }).toBe(true);
  });

  test('a correction shows on the article and on /corrections, and moves "Updated"', async ({ page, request }) => {
    const headline = `Council approves the seawall budget ${run}`;
    await fillNewArticle(page, headline);
    await page.getByRole('button', { name: 'Publish now' }).click();
    await expect(page.getByRole('status')).toContainText('Published.');
    const text = `An earlier version misstated the budget; it is 4.2 trillion rupiah (${run}).`;
    await page.getByLabel('Text shown to readers').fill(text);
    await page.getByRole('button', { name: 'Add correction' }).click();
    await expect(page.getByRole('status')).toContainText('Correction added');

    const article = await (await request.get(publicPath(articleRow(headline)!))).text();
    expect(article).toContain(text);
    expect(article).toMatch(/Updated(<!-- -->)?\s*<time/);
    expect(await (await request.get('/corrections')).text()).toContain(text);
    expect(await (await request.get('/corrections/feed.xml')).text()).toContain(run);
  });

  test('revisions: an earlier version can be restored', async ({ page }) => {
    const headline = `Revision test headline ${run}`;
    await fillNewArticle(page, headline);
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect(page.getByRole('status')).toContainText('Saved.');
    await page.getByLabel('Headline').fill(`${headline} (changed)`);
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect(page.getByLabel('Headline')).toHaveValue(`${headline} (changed)`);

    await page.getByRole('button', { name: 'Restore version 1' }).click();
    await expect(page.getByRole('status')).toContainText('Revision restored');
    await expect(page.getByLabel('Headline')).toHaveValue(headline);
    expect(articleRow(headline)!.version).toBe(3);
  });

  test('two people editing: the later save is refused, naming who saved, and keeps the text', async ({ page, browser }) => {
    const headline = `Conflict test headline ${run}`;
    await fillNewArticle(page, headline);
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect(page.getByRole('status')).toContainText('Saved.');
    const url = page.url();

    const admin = await browser.newContext({ storageState: storageStateFor('admin') });
    const adminPage = await admin.newPage();
    await adminPage.goto(url);
    await adminPage.getByLabel('Summary (dek)').fill('The admin changed the summary of this article first.');
    await adminPage.getByRole('button', { name: 'Save draft' }).click();
    await expect(adminPage.getByRole('status')).toContainText('Saved.');
    await admin.close();

    const mine = 'My own careful rewrite of the summary, which must not be lost.';
    await page.getByLabel('Summary (dek)').fill(mine);
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect(page.getByRole('alert').first()).toContainText(`${accounts.admin.name} saved this article at`);
    await expect(page.getByLabel('Summary (dek)')).toHaveValue(mine);
  });
});

test.describe('as a contributor', () => {
  test.use({ storageState: storageStateFor('contributor') });

  test('can write and submit for review, but cannot publish, even by posting directly', async ({ page }) => {
    const headline = `Contributor draft about bus lanes ${run}`;
    await fillNewArticle(page, headline);
    await expect(page.getByRole('button', { name: 'Publish now' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await expect(page.getByRole('status')).toContainText('Submitted for review.');
    expect(articleRow(headline)!.status).toBe('in_review');

    // Forge the publish button the UI does not offer, and press it.
    await page.evaluate(() => {
      const button = document.createElement('button');
      button.name = 'intent';
      button.value = 'publish';
      button.textContent = 'Forged publish';
      document.querySelector('form[aria-describedby="article-form-status"]')!.append(button);
    });
    await page.getByRole('button', { name: 'Forged publish' }).click();
    await expect(page.getByRole('alert').first()).toContainText('You do not have permission');
    expect(articleRow(headline)!.status).toBe('in_review');
  });
});

test('signed-out posts to editor actions are refused', async ({ browser, playwright, baseURL }) => {
  const editor = await browser.newContext({ storageState: storageStateFor('editor') });
  // The action's id as the server renders the page, for forms that work without JavaScript.
  const html = await (await editor.request.get('/editor/articles/new')).text();
  const fields = formFieldsContaining(html, 'aria-describedby="article-form-status"');
  await editor.close();
  const actionField = Object.keys(fields).find((name) => name.startsWith('$ACTION'));
  expect(actionField).toBeTruthy();

  const anonymous = await playwright.request.newContext({ baseURL });
  const headline = `Anonymous article ${run}`;
  // Posted to a public page: the proxy does not guard it, so the action must.
  const response = await anonymous.post('/', {
    multipart: { ...fields, headline, dek: 'An anonymous summary long enough.', section: 'world', tags: '', bylines: 'person: Nobody', datelineCity: 'X', datelineCountry: 'Y', language: 'en', body: 'x'.repeat(80), slug: '', intent: 'publish' },
    maxRedirects: 0,
  });
  // Next.js refuses an action posted to a page that does not use it (409); on the editor's own
  // page, the proxy sends the anonymous poster to sign-in, and the action itself would too.
  expect([303, 307, 409]).toContain(response.status());
  const direct = await anonymous.post('/editor/articles/new', { multipart: { ...fields, headline, intent: 'publish' }, maxRedirects: 0 });
  expect(direct.status()).toBe(307);
  expect(direct.headers().location).toContain('/editor/sign-in');
  expect(articleRow(headline)).toBeUndefined();
  await anonymous.dispose();
});

test.describe('sign-in', () => {
  test('sign-out ends the session on the server, not only in the browser', async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto('/editor/sign-in');
    await page.getByLabel('Email').fill(accounts.editor.email);
    await page.getByLabel('Password').fill(accounts.editor.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { name: 'Articles' })).toBeVisible();
    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name.endsWith('authjs.session-token'))!;
    expect(session.httpOnly).toBe(true);
    expect(session.sameSite).toBe('Lax');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByText('You have signed out.')).toBeVisible();

    // Replaying the old cookie gets nowhere: its session row is gone.
    const replay = await browser.newContext();
    await replay.addCookies([session]);
    const again = await replay.newPage();
    await again.goto('/editor');
    await expect(again).toHaveURL(/\/editor\/sign-in/);
    await context.close();
    await replay.close();
  });

  test('repeated wrong passwords are throttled with a message that reveals nothing', async ({ browser }) => {
    const context = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': '203.0.113.99' } });
    const page = await context.newPage();
    await page.goto('/editor/sign-in');
    // Each attempt waits for the server's answer, so a message is never read from the last one.
    const attempt = async (email: string, password: string) => {
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password').fill(password);
      await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/editor/sign-in')),
        page.getByRole('button', { name: 'Sign in' }).click(),
      ]);
    };
    for (let i = 0; i < 5; i++) {
      await attempt(accounts.contributor.email, `wrong password ${i}`);
      await expect(page.locator('#sign-in-error')).toContainText('do not match an active account');
    }
    await attempt(accounts.contributor.email, accounts.contributor.password);
    await expect(page.locator('#sign-in-error')).toContainText('Too many sign-in attempts. Please wait');
    // An unknown account gets the same kind of answers.
    await attempt('nobody@dateline.test', 'whatever password');
    await expect(page.locator('#sign-in-error')).toContainText('do not match an active account');
    await context.close();

    // The real contributor, from their own address, is not locked out.
    const own = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': '198.51.100.42' } });
    const ownPage = await own.newPage();
    await ownPage.goto('/editor/sign-in');
    await ownPage.getByLabel('Email').fill(accounts.contributor.email);
    await ownPage.getByLabel('Password').fill(accounts.contributor.password);
    await ownPage.getByRole('button', { name: 'Sign in' }).click();
    await expect(ownPage.getByRole('heading', { name: 'Articles' })).toBeVisible();
    await own.close();
  });
});
