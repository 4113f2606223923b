import { expect, expectNoAxeViolations, findArticle, test } from './fixtures';

const deskWithAgency = `exists (select 1 from article_bylines b join authors u on u.id = b.author_id
  where b.article_id = a.id and u.type = 'desk' and b.organization is not null)`;

test.describe('article page', () => {
  test('has every element of the seed page', async ({ page }) => {
    const article = findArticle(deskWithAgency);
    const response = await page.goto(article.path);
    expect(response?.status()).toBe(200);

    // Section link and a single h1 with the headline, then the dek.
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveText(article.headline);
    await expect(page.getByRole('main').getByRole('link', { name: /^(World|Indonesia|Business|Opinion|Science & Tech|Culture)$/ }).first()).toHaveAttribute(
      'href',
      `/${article.section}`,
    );
    await expect(page.getByText(article.dek, { exact: true })).toBeVisible();

    // Byline like "News Desk (Kyodo News)" linking to the desk's page.
    const header = page.locator('article header');
    await expect(header).toContainText(/Desk \([A-Z][\w ]+\)/);
    const deskLink = header.getByRole('link', { name: /Desk$/ }).first();
    await expect(deskLink).toHaveAttribute('href', /^\/author\/[a-z-]+$/);

    // Date in the seed's format inside <time datetime>.
    const time = header.locator('time').first();
    await expect(time).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
    await expect(time).toHaveText(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), [A-Z][a-z]+ \d{1,2}, \d{4}$/);

    // Hero image with alt, caption and credit.
    const figure = page.locator('article figure');
    await expect(figure.locator('img')).toHaveAttribute('alt', /\S{5,}/);
    await expect(figure.locator('figcaption')).toContainText('Dateline Graphics');

    // The outdated-browser notice exists for old browsers but is hidden here.
    await expect(page.locator('.browser-notice')).toBeHidden();

    // Body paragraphs are anchored; the drop cap leaves the first word whole.
    const first = page.locator('.article-body > p').first();
    await expect(first).toHaveAttribute('id', 'p-1');
    const firstText = (await first.textContent()) ?? '';
    expect(firstText).toMatch(/^[A-Z\u00C0-\u017F"“][a-z\u00C0-\u017F'’]*\b/);
    const dropCap = await first.evaluate((el) => getComputedStyle(el, '::first-letter').float);
    expect(dropCap).toBe('left');

    await expect(page.getByRole('heading', { name: 'Related articles' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('share links carry the article URL and work as plain links', async ({ page, baseURL }) => {
    const article = findArticle();
    await page.goto(article.path);
    const share = page.getByRole('region', { name: 'Share This Article' });
    const url = encodeURIComponent(`${baseURL}${article.path}`);
    await expect(share.getByRole('link', { name: /^X/ })).toHaveAttribute('href', new RegExp(`^https://x\\.com/intent/post\\?url=${escape(url)}`));
    await expect(share.getByRole('link', { name: /^Facebook/ })).toHaveAttribute('href', new RegExp(escape(url)));
    await expect(share.getByRole('link', { name: /^WhatsApp/ })).toHaveAttribute('href', /^https:\/\/wa\.me\/\?text=/);
    await expect(share.getByRole('link', { name: /^LinkedIn/ })).toHaveAttribute('href', new RegExp(escape(url)));
    await expect(share.getByRole('link', { name: 'Email' })).toHaveAttribute('href', /^mailto:\?subject=/);
    await expect(share.getByRole('button', { name: 'Copy link' })).toBeVisible();
  });

  test('text size persists across pages and visits, applied before paint with no layout shift', async ({ page }) => {
    const article = findArticle();
    await page.goto(article.path);
    const body = page.locator('.article-body');
    const before = await body.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

    const group = page.getByRole('group', { name: 'Change Size' });
    // The radios are visually replaced by their labels ("A" in four sizes): click what people see.
    await group.locator('label', { has: page.getByRole('radio', { name: 'A largest' }) }).click();
    await expect.poll(() => body.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThan(before * 1.2);

    // Another article, fresh load: the size is on <html> before any script of ours hydrates.
    const other = findArticle(`a.id != ${article.id}`);
    await page.addInitScript(() => {
      (window as unknown as { __shifts: number }).__shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!entry.hadRecentInput) (window as unknown as { __shifts: number }).__shifts += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { __sizeAtParse: string | null }).__sizeAtParse = document.documentElement.getAttribute('data-text-size');
      });
    });
    await page.goto(other.path);
    expect(await page.evaluate(() => (window as unknown as { __sizeAtParse: string | null }).__sizeAtParse)).toBe('largest');
    await expect(page.getByRole('radio', { name: 'A largest' })).toBeChecked();
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __shifts: number }).__shifts)).toBe(0);

    // Keyboard: arrow keys move through the sizes.
    await page.getByRole('radio', { name: 'A largest' }).focus();
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('radio', { name: 'A large', exact: true })).toBeChecked();
    await page.reload();
    await expect(page.getByRole('radio', { name: 'A large', exact: true })).toBeChecked();
  });

  test('reads without JavaScript: content, share links, no dead controls', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const article = findArticle();
    await page.goto(article.path);
    await expect(page.locator('h1')).toHaveText(article.headline);
    await expect(page.getByRole('link', { name: /^Facebook/ })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Change Size' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
    await context.close();
  });

  test('shows corrections and the Updated date', async ({ page }) => {
    const article = findArticle('exists (select 1 from corrections c where c.article_id = a.id)');
    await page.goto(article.path);
    await expect(page.locator('article header')).toContainText(/Updated (Mon|Tue|Wed|Thu|Fri|Sat|Sun), /);
    await expect(page.getByRole('complementary', { name: 'Corrections and clarifications' })).toBeVisible();
  });

  test('renders Indonesian articles with their language and diacritics', async ({ page }) => {
    const article = findArticle(`a.language = 'id'`);
    await page.goto(article.path);
    await expect(page.locator('article[lang="id"]')).toBeVisible();
    await expect(page.locator('h1')).toHaveText(article.headline);
  });
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
