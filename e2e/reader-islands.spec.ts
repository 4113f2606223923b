import { expect, findArticle, test } from './fixtures';

// Static reader pages ship none of the framework's client runtime: every control works through
// the page's own small script (components/site/islands), and the page reads without it.

test('reader pages carry no framework scripts or component payload, only their own', async ({ request }) => {
  for (const path of [findArticle().path, '/', `/${findArticle().section}`]) {
    const html = await (await request.get(path)).text();
    expect(html, path).not.toMatch(/<script[^>]+src="\/_next\//);
    expect(html, path).not.toContain('__next_f');
    expect(html, path).not.toMatch(/<link[^>]+as="script"/);
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!.trim()).filter((attributes) => attributes !== 'type="application/ld+json"');
    const isArticle = path === findArticle().path;
    // The article: the text size applied before paint, and the reader script; a listing the script.
    expect(scripts, path).toEqual(isArticle ? ['data-keep=""', 'data-keep=""'] : ['data-keep=""']);
  }
});

test('copy link and Web Share work from the page’s own script', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => {
    (window as unknown as { __shared: unknown[] }).__shared = [];
    Object.defineProperty(navigator, 'share', {
      value: (data: unknown) => ((window as unknown as { __shared: unknown[] }).__shared.push(data), Promise.resolve()),
    });
  });
  const article = findArticle();
  await page.goto(article.path);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(article.path);

  await page.getByRole('button', { name: 'Share…' }).click();
  const shared = await page.evaluate(() => (window as unknown as { __shared: { url: string; title: string }[] }).__shared);
  expect(shared[0]?.url).toContain(article.path);
  expect(shared[0]?.title).toBe(article.headline);
});

test('a reader over the rate limit is told to wait, with the message kept, without leaving the page', async ({ page }) => {
  const article = findArticle();
  await page.setExtraHTTPHeaders({ 'X-Forwarded-For': '198.51.100.201' });
  for (let i = 0; i < 6; i++) {
    await page.goto(article.path);
    const message = `Reader note number ${i} about this story, long enough to send.`;
    await page.getByRole('textbox', { name: 'Your message' }).fill(message);
    await page.getByRole('button', { name: 'Send' }).click();
    if (i < 5) {
      await expect(page.getByRole('status').filter({ hasText: 'Thank You' })).toBeFocused();
    } else {
      await expect(page.locator('#feedback-error')).toContainText('Please wait a little and try again');
      await expect(page.getByRole('textbox', { name: 'Your message' })).toHaveValue(message);
      await expect(page).toHaveURL(new RegExp(`${article.path}$`));
    }
  }
});
