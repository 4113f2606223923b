import { expect, expectNoAxeViolations, findArticle, openDatabase, test } from './fixtures';

test('front page → section → article → author page', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Top stories' }).getByRole('heading', { level: 2 })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('navigation', { name: 'Sections', exact: true }).getByRole('link', { name: 'Business' }).click();
  await expect(page).toHaveURL(/\/business$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Business' })).toBeVisible();
  await expectNoAxeViolations(page);

  const firstStory = page.getByRole('main').getByRole('heading', { level: 2 }).first().getByRole('link');
  const headline = (await firstStory.textContent())!;
  await firstStory.click();
  await expect(page).toHaveURL(/\/business\/\d{4}\/\d\d\/\d\d\/[a-z0-9-]+$/);
  await expect(page.locator('h1')).toHaveText(headline);

  const author = page.locator('article header').getByRole('link', { name: /\w/ }).nth(1);
  const authorName = (await author.textContent())!;
  await author.click();
  await expect(page).toHaveURL(/\/author\/[a-z0-9-]+$/);
  await expect(page.getByRole('heading', { level: 1, name: authorName })).toBeVisible();
  await expect(page.getByRole('link', { name: headline })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('tag pages list the tagged stories', async ({ page }) => {
  const article = findArticle('exists (select 1 from article_tags t where t.article_id = a.id)');
  await page.goto(article.path);
  const topic = page.getByRole('navigation', { name: 'Topics' }).getByRole('link').first();
  const name = (await topic.textContent())!;
  await topic.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('link', { name: article.headline })).toBeVisible();
});

test('sections paginate when they have more stories than a page holds', async ({ page }) => {
  await page.goto('/tag/jakarta');
  const next = page.getByRole('link', { name: 'Older stories →' });
  if (await next.count()) {
    await next.click();
    await expect(page).toHaveURL(/\/page\/2$/);
  }
  const missing = await page.goto('/world/page/99');
  expect(missing?.status()).toBe(404);
});

test('search finds articles by words in their text', async ({ page }) => {
  const article = findArticle();
  const word = article.headline.split(/\s+/).find((w) => w.replace(/\W/g, '').length > 6)!.replace(/\W/g, '');
  await page.goto('/search');
  await page.getByRole('searchbox', { name: 'Search articles' }).fill(word);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${word}`));
  await expect(page.getByRole('heading', { name: new RegExp(`results? for “${word}”`, 'i') })).toBeVisible();
  await expect(page.getByRole('link', { name: article.headline })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/search?q=zzzqqqxxyy');
  await expect(page.getByRole('heading', { name: /No results/ })).toBeVisible();
});

test('unknown pages get a helpful 404', async ({ page }) => {
  const response = await page.goto('/world/2026/01/01/no-such-story');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: /couldn’t find that page/ })).toBeVisible();
  await expect(page.getByRole('search')).toBeVisible();
  expect((await page.goto('/no-such-section'))?.status()).toBe(404);
  await expectNoAxeViolations(page);
});

test('an old article URL answers with a permanent redirect', async ({ page, request }) => {
  const article = findArticle();
  const oldPath = `/${article.section}/2020/01/02/an-earlier-slug-${Date.now()}`;
  const db = openDatabase();
  db.prepare('insert into redirects (path, article_id) values (?, ?)').run(oldPath, article.id);
  db.close();
  const response = await request.get(oldPath, { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toBe(article.path);
  await page.goto(oldPath);
  await expect(page).toHaveURL(new RegExp(`${article.path}$`));
});

test('every response carries the security headers', async ({ request }) => {
  const response = await request.get('/');
  const headers = response.headers();
  expect(headers['content-security-policy']).toContain("object-src 'none'");
  expect(headers['content-security-policy']).toContain("base-uri 'self'");
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).toContain("form-action 'self'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  const https = await request.get('/', { headers: { 'x-forwarded-proto': 'https' } });
  expect(https.headers()['strict-transport-security']).toContain('max-age=');
});
