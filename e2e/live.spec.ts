import type { Browser, Page } from '@playwright/test';
import { articlePath } from '../lib/articles/urls';
import { baseURL } from '../playwright.config';
import { articleRow, expect, fillNewArticle, storageStateFor, test } from './fixtures';
import { getOnNewConnection, hammer } from './load-readers';

// Live coverage end to end: editors post from the live desk, readers' open pages learn of it,
// and a deleted update is gone from the poll, the page and the feed within two seconds.

const run = Date.now().toString(36);

async function startCoverage(page: Page, headline: string) {
  await fillNewArticle(page, headline);
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByRole('status')).toContainText('Published.');
  const row = articleRow(headline)!;
  await page.getByRole('link', { name: 'Live coverage' }).click();
  await page.getByRole('button', { name: 'Start live coverage' }).click();
  await expect(page.getByText(/^Live since /)).toBeVisible();
  return { id: row.id, path: articlePath({ section: row.section, slug: row.slug, publishedAt: row.published_at! }, 'Asia/Jakarta') };
}

async function post(page: Page, text: string, options: { headline?: string; keyEvent?: boolean; pinned?: boolean; libraryPicture?: boolean } = {}) {
  const composer = page.getByRole('form', { name: 'New update' });
  const shown = async () => Number(/\((\d+)\)/.exec((await page.getByRole('heading', { name: /^Updates \(/ }).textContent()) ?? '')?.[1] ?? 0);
  const before = await shown();
  await composer.getByLabel('Update', { exact: true }).fill(text);
  if (options.headline) await composer.getByLabel('Headline (optional)').fill(options.headline);
  if (options.keyEvent) await composer.getByLabel('Key event').check();
  if (options.pinned) await composer.getByLabel('Pin above the others').check();
  if (options.libraryPicture) await composer.getByLabel('Or one from the media library').selectOption({ index: 1 });
  await composer.getByLabel('Update', { exact: true }).press('ControlOrMeta+Enter');
  await expect.poll(shown).toBeGreaterThan(before);
  await expect(composer.getByRole('status')).toHaveText('Posted.');
}

async function deskAs(browser: Browser, role: 'editor' | 'admin' | 'contributor', id: number) {
  const context = await browser.newContext({ storageState: storageStateFor(role) });
  const page = await context.newPage();
  await page.goto(`/editor/articles/${id}/live`);
  return { page, close: () => context.close() };
}

async function pollAnswer(id: number): Promise<{ live: boolean; updates: [number, number, number][] }> {
  return JSON.parse((await getOnNewConnection(`${baseURL}/live/${id}.json`)).body) as { live: boolean; updates: [number, number, number][] };
}

test.describe('live coverage', () => {
  test.use({ storageState: storageStateFor('editor') });

  test('two editors post to one coverage; an open reader page learns of it, shows changes in place and loses what is deleted', async ({ page, browser }) => {
    test.setTimeout(180_000);
    const coverage = await startCoverage(page, `Flood waters rise in Bekasi ${run}`);
    const reader = await (await browser.newContext()).newPage();
    await reader.goto(coverage.path);
    await expect(reader.getByRole('heading', { name: /Live\s*Updates/ })).toBeVisible();
    const title = await reader.title();

    // Two editors at once: each sees the other's update on the desk without reloading.
    const other = await deskAs(browser, 'admin', coverage.id);
    await post(page, `Water reached the first floor of homes near the river at dawn (${run}).`, { headline: 'Homes flooded', keyEvent: true });
    await post(other.page, `Rescue boats are out.\nhttps://x.com/bnpb_indonesia/status/1866123456789012345`);
    await expect(other.page.getByRole('listitem').filter({ hasText: `Water reached the first floor of homes near the river at dawn (${run}).` })).toHaveCount(1, { timeout: 10_000 });
    await expect(page.getByRole('listitem').filter({ hasText: 'Rescue boats are out.' })).toHaveCount(1, { timeout: 10_000 });

    // The reader's page: a button, never a jump; the tab's title counts.
    const button = reader.getByRole('button', { name: '2 new updates' });
    await expect(button).toBeVisible({ timeout: 25_000 });
    expect(await reader.title()).toBe(`(2) ${title}`);
    await button.click();
    await expect(reader.getByRole('heading', { name: 'Homes flooded' })).toBeVisible();
    await expect(reader.locator('.embed-facade a[data-embed-provider="x"]')).toBeVisible();
    expect(await reader.title()).toBe(title);

    // A change shows in place, with "Updated".
    const answer = await pollAnswer(coverage.id);
    const [newest, first] = answer.updates;
    const firstUpdate = page.locator(`#desk-update-${first![0]}`);
    await firstUpdate.getByText('Change', { exact: true }).click();
    await firstUpdate.getByLabel('Update', { exact: true }).fill(`Water reached the second floor near the river (${run}).`);
    await firstUpdate.getByRole('button', { name: 'Save change' }).click();
    await expect(reader.getByText(`Water reached the second floor near the river (${run}).`)).toBeVisible({ timeout: 25_000 });
    await expect(reader.locator(`#update-${first![0]}`)).toContainText('Updated');

    // A deletion: gone from the poll, the page and the feed within two seconds, under readers.
    const readers = hammer([`${baseURL}/live/${coverage.id}.json`, `${baseURL}${coverage.path}`]);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.locator(`#desk-update-${newest![0]}`).getByRole('button', { name: 'Delete' }).click();
    await expect(page.locator(`#desk-update-${newest![0]}`)).toHaveCount(0);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    for (let i = 0; i < 6; i++) {
      expect((await pollAnswer(coverage.id)).updates.map(([id]) => id)).not.toContain(newest![0]);
      expect((await getOnNewConnection(`${baseURL}${coverage.path}`)).body).not.toContain(`id="update-${newest![0]}"`);
      expect((await getOnNewConnection(`${baseURL}/live/${coverage.id}.xml`)).body).not.toContain(`#update-${newest![0]}`);
    }
    await readers.stop();
    await expect(reader.locator(`#update-${newest![0]}`)).toHaveCount(0, { timeout: 25_000 });
    await other.close();
  });

  test('the page without JavaScript: pinned first, key events as links, each update with its time, byline and anchor; LiveBlogPosting data', async ({ page, browser, request }) => {
    test.setTimeout(90_000);
    const coverage = await startCoverage(page, `Election count in Surabaya ${run}`);
    await post(page, 'Polls have closed across the city; counting begins in each ward.', { headline: 'Polls close', keyEvent: true });
    await post(page, 'Turnout is the highest since 2004, the election commission says.', { libraryPicture: true });
    await post(page, 'What we know so far: three candidates, one round, results by midnight.', { headline: 'What we know', pinned: true });

    const context = await browser.newContext({ javaScriptEnabled: false });
    const reader = await context.newPage();
    await reader.goto(coverage.path);
    const live = reader.locator('#live');
    const updates = live.locator('article.live-update');
    await expect(updates).toHaveCount(3);
    await expect(updates.first()).toContainText('Pinned');
    await expect(updates.first()).toContainText('What we know');
    await expect(updates.nth(1)).toContainText('Turnout is the highest');
    await expect(updates.nth(1).locator('figure img')).toHaveAttribute('alt', /\S/);
    const keyEvents = live.getByRole('navigation', { name: 'Key events' });
    await expect(keyEvents.getByRole('link')).toHaveCount(1);
    const target = await keyEvents.getByRole('link').getAttribute('href');
    expect(target).toMatch(/^#update-\d+$/);
    await expect(reader.locator(target!)).toContainText('Polls close');
    await expect(reader.locator(target!).getByRole('link').first()).toHaveAttribute('href', target!);
    await expect(reader.locator(`${target} time`).first()).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
    await context.close();

    const html = await (await request.get(coverage.path)).text();
    const data = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
    const blog = data.find((d) => d['@type'] === 'LiveBlogPosting') as { coverageStartTime: string; liveBlogUpdate: Record<string, string>[] } | undefined;
    expect(blog?.coverageStartTime).toMatch(/^\d{4}-/);
    expect(blog?.liveBlogUpdate).toHaveLength(3);
    for (const update of blog!.liveBlogUpdate) {
      expect(update['@type']).toBe('BlogPosting');
      expect(update.headline).toBeTruthy();
      expect(update.articleBody).toBeTruthy();
      expect(update.datePublished).toMatch(/^\d{4}-/);
      expect(update.url).toMatch(new RegExp(`${coverage.path}#update-\\d+$`));
    }

    // Ended: readers are told, and the data says when.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'End live coverage' }).click();
    await expect(page.getByText(/^Live coverage ended /)).toBeVisible();
    const ended = await (await request.get(coverage.path)).text();
    expect(ended).toContain('Live coverage has ended');
    expect(ended).toContain('"coverageEndTime"');
  });

  test('a contributor drafts an update; only an editor posts it', async ({ page, browser }) => {
    const coverage = await startCoverage(page, `Ferry strike talks ${run}`);
    const contributor = await deskAs(browser, 'contributor', coverage.id);
    const composer = contributor.page.getByRole('form', { name: 'New update' });
    await expect(composer.getByRole('button', { name: 'Post' })).toHaveCount(0);
    await composer.getByLabel('Update', { exact: true }).fill(`Unions and operators meet at noon (${run}).`);
    await composer.getByRole('button', { name: 'Save as draft' }).click();
    await expect(composer.getByRole('status')).toHaveText('Draft saved.');
    expect((await pollAnswer(coverage.id)).updates).toHaveLength(0);

    await page.reload();
    const draft = page.locator('li', { hasText: `Unions and operators meet at noon (${run}).` });
    await draft.getByText('Change', { exact: true }).click();
    await draft.getByRole('button', { name: 'Post' }).click();
    await expect.poll(async () => (await pollAnswer(coverage.id)).updates.length).toBe(1);
    await contributor.close();
  });
});
