import fs from 'node:fs';
import type { APIRequestContext, Browser } from '@playwright/test';
import {
  asNewReader,
  expect,
  expectNoAxeViolations,
  feedbackFormFields,
  findArticles,
  openDatabase,
  storageStateFor,
  test,
  type ArticleExample,
} from './fixtures';
import { formFieldsContaining } from './action-forms';

// Articles the reader-side feedback spec does not use, one per test, so filtering by article
// shows exactly what a test posted.
const [listed, marked, bulk, noScript, exported, guarded] = findArticles(18).slice(12);
const runId = Date.now().toString(36);
let client = 0;

/** Posts a reader message the way a browser without JavaScript does, each time as a new reader. */
async function postFeedback(
  request: APIRequestContext,
  article: ArticleExample,
  message: string,
  extra: Record<string, string> = {},
) {
  const fields = feedbackFormFields(await (await request.get(article.path)).text());
  client++;
  await asNewReader(async (reader) => {
    const response = await reader.post(article.path, {
      multipart: { ...fields, message, ...extra },
      headers: { 'X-Forwarded-For': `198.18.${Math.floor(client / 250)}.${(client % 250) + 1}` },
      maxRedirects: 0,
    });
    expect(response.headers().location).toMatch(/#feedback-sent$/);
  });
}

function statusOf(message: string): string | undefined {
  const db = openDatabase();
  try {
    return (
      db.prepare('select status from feedback where message = ?').get(message) as
        { status: string } | undefined
    )?.status;
  } finally {
    db.close();
  }
}

async function editorContext(browser: Browser, javaScriptEnabled = true) {
  return browser.newContext({ storageState: storageStateFor('editor'), javaScriptEnabled });
}

test.describe('feedback inbox', () => {
  test.use({ storageState: storageStateFor('editor') });

  test('lists a fresh message first, as text, with a link to the reported paragraph', async ({
    page,
    request,
  }) => {
    const older = `Older note ${runId}: the caption under the photo names the wrong city.`;
    const newer = `Newer note ${runId}: <b>not bold</b>\nand this is a second line.`;
    await postFeedback(request, listed!, older);
    await postFeedback(request, listed!, newer, {
      paragraph: 'p-3',
      quote: `Quoted paragraph ${runId}`,
    });

    await page.goto('/editor/feedback');
    await expect(page.getByRole('heading', { level: 1, name: 'Reader feedback' })).toBeVisible();
    const rows = page
      .getByRole('table', { name: 'Reader feedback, newest first' })
      .locator('tbody tr');
    await expect(rows.nth(0)).toContainText(`Newer note ${runId}`);
    await expect(rows.nth(1)).toContainText(older);

    const row = rows.nth(0);
    await expect(row.getByText(`Quoted paragraph ${runId}`)).toBeVisible();
    // The markup arrives as the characters the reader typed, and the line break survives.
    const message = row.getByText(`Newer note ${runId}`);
    expect(await message.evaluate((p) => p.textContent)).toBe(newer);
    expect(await message.evaluate((p) => p.querySelector('b'))).toBeNull();
    await expect(message).toHaveCSS('white-space', 'pre-wrap');
    await expect(row.getByRole('cell').nth(3)).toHaveText('New');

    const chart = page.getByRole('img', {
      name: /Feedback per day over the last 30 days: [\d,]+ messages in all/,
    });
    await expect(chart).toBeVisible();
    await page.screenshot({ path: '/tmp/inbox.png', fullPage: true });
    await expectNoAxeViolations(page);

    const link = row.getByRole('link', {
      name: new RegExp(
        `^${listed!.headline.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · the reported paragraph$`,
      ),
    });
    await expect(link).toHaveAttribute('href', `${listed!.path}#p-3`);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${listed!.path}#p-3$`));
    await expect(page.locator('.article-body p#p-3')).toBeVisible();
  });

  test('marks one message read, resolved and spam, and filters by status', async ({
    page,
    request,
  }) => {
    const message = `Status note ${runId}: the second chart has its axes swapped around.`;
    await postFeedback(request, marked!, message);
    await page.goto(`/editor/feedback?article=${marked!.id}`);
    const row = page.getByRole('row').filter({ hasText: message });
    const status = row.getByRole('cell').nth(3);
    await expect(status).toHaveText('New');

    await row.getByRole('button', { name: 'Mark read' }).click();
    await expect(status).toHaveText('Read');
    expect(statusOf(message)).toBe('read');

    const filters = page.getByRole('form', { name: 'Filter feedback' });
    await expect(filters.getByLabel('Article')).toHaveValue(String(marked!.id));
    await filters.getByLabel('Status').selectOption('new');
    await filters.getByRole('button', { name: 'Filter' }).click();
    await expect(page).toHaveURL(/status=new/);
    await expect(page.getByText('No messages match these filters.')).toBeVisible();
    await filters.getByLabel('Status').selectOption('read');
    await filters.getByRole('button', { name: 'Filter' }).click();
    await expect(page).toHaveURL(/status=read/);
    await expect(row).toBeVisible();

    await row.getByRole('button', { name: 'Mark resolved' }).click();
    await expect(row).toBeHidden(); // no longer "read", so filtered out
    expect(statusOf(message)).toBe('resolved');

    await page.goto(`/editor/feedback?article=${marked!.id}&status=resolved`);
    await row.getByRole('button', { name: 'Mark spam' }).click();
    await expect(row).toBeHidden();
    expect(statusOf(message)).toBe('spam');
  });

  test('marks the selected messages at once', async ({ page, request }) => {
    const messages = [1, 2, 3].map(
      (n) => `Bulk note ${n} ${runId}: this one is about the headline wording.`,
    );
    for (const m of messages) await postFeedback(request, bulk!, m);
    await page.goto(`/editor/feedback?article=${bulk!.id}`);
    const bulkForm = page.getByRole('form', { name: 'Change the selected messages' });

    await bulkForm.getByRole('button', { name: 'Apply to selected' }).click();
    await expect(bulkForm.getByRole('status')).toHaveText('Select at least one message.');

    for (const m of messages.slice(0, 2))
      await page.getByRole('row').filter({ hasText: m }).getByRole('checkbox').check();
    await bulkForm.getByLabel('Mark the selected messages as').selectOption('spam');
    await bulkForm.getByRole('button', { name: 'Apply to selected' }).click();
    await expect(bulkForm.getByRole('status')).toHaveText('Marked 2 messages as spam.');
    for (const m of messages.slice(0, 2))
      await expect(
        page.getByRole('row').filter({ hasText: m }).getByRole('cell').nth(3),
      ).toHaveText('Spam');
    await expect(
      page.getByRole('row').filter({ hasText: messages[2]! }).getByRole('cell').nth(3),
    ).toHaveText('New');
    expect(messages.map(statusOf)).toEqual(['spam', 'spam', 'new']);
  });

  test('row and bulk forms work without JavaScript', async ({ browser, request }) => {
    const messages = [1, 2].map(
      (n) => `No-script note ${n} ${runId}: a name is misspelled in the story.`,
    );
    for (const m of messages) await postFeedback(request, noScript!, m);
    const context = await editorContext(browser, false);
    const page = await context.newPage();
    await page.goto(`/editor/feedback?article=${noScript!.id}`);

    await page
      .getByRole('row')
      .filter({ hasText: messages[0]! })
      .getByRole('button', { name: 'Mark resolved' })
      .click();
    await expect(
      page.getByRole('row').filter({ hasText: messages[0]! }).getByRole('cell').nth(3),
    ).toHaveText('Resolved');
    expect(statusOf(messages[0]!)).toBe('resolved');

    for (const m of messages)
      await page.getByRole('row').filter({ hasText: m }).getByRole('checkbox').check();
    await page.getByLabel('Mark the selected messages as').selectOption('read');
    await page.getByRole('button', { name: 'Apply to selected' }).click();
    await expect(page.getByText('Marked 2 messages as read.')).toBeVisible();
    expect(messages.map(statusOf)).toEqual(['read', 'read']);
    await context.close();
  });

  test('exports the filtered messages as CSV, safe to open in a spreadsheet', async ({
    page,
    request,
  }) => {
    const formula = `=HYPERLINK("http://example.com/${runId}","click here"), said a reader`;
    const plain = `Plain note ${runId}, with a comma and "quotes" in it.`;
    await postFeedback(request, exported!, formula, {
      paragraph: 'p-2',
      quote: 'The quoted, paragraph',
    });
    await postFeedback(request, exported!, plain);
    await postFeedback(
      request,
      guarded!,
      `Elsewhere ${runId}: a note about another article entirely.`,
    );

    await page.goto(`/editor/feedback?article=${exported!.id}&status=new`);
    const link = page.getByRole('link', { name: 'Export CSV' });
    await expect(link).toHaveAttribute(
      'href',
      `/editor/feedback/export.csv?status=new&article=${exported!.id}`,
    );
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^feedback-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = fs.readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'id,created_at,status,article_id,article_headline,paragraph_anchor,paragraph_quote,message',
    );
    expect(lines.filter(Boolean)).toHaveLength(3);
    expect(csv).toContain(
      `,p-2,"The quoted, paragraph","'=HYPERLINK(""http://example.com/${runId}"",""click here""), said a reader"`,
    );
    expect(csv).toContain(`"Plain note ${runId}, with a comma and ""quotes"" in it."`);
    expect(csv).not.toContain(`Elsewhere ${runId}`);
  });
});

test.describe('feedback inbox, for a contributor', () => {
  test.use({ storageState: storageStateFor('contributor') });

  test('shows no messages, exports nothing, and refuses status changes', async ({
    page,
    browser,
    request,
  }) => {
    const message = `Contributor check ${runId}: this message must stay new.`;
    await postFeedback(request, guarded!, message);

    await page.goto('/editor/feedback');
    await expect(page.getByText('You do not have access to this page.')).toBeVisible();
    await expect(page.getByText(message)).toHaveCount(0);
    await expect(
      page.getByRole('navigation', { name: 'Newsroom' }).getByRole('link', { name: 'Feedback' }),
    ).toHaveCount(0);
    const csv = await page.request.get('/editor/feedback/export.csv');
    expect(csv.status()).toBe(403);
    expect(await csv.text()).not.toContain(message);

    // The row's form as an editor's browser got it, posted back by the contributor.
    const editor = await editorContext(browser);
    const html = await (
      await editor.request.get(`/editor/feedback?article=${guarded!.id}&status=new`)
    ).text();
    const id = /name="ids" value="(\d+)"/.exec(
      html.slice(html.indexOf(message.replace(/"/g, '&quot;'))),
    )?.[1];
    expect(id).toBeTruthy();
    const fields = {
      ...formFieldsContaining(html, `type="hidden" name="ids" value="${id}"`),
      status: 'spam',
    };
    await page.request.post('/editor/feedback', { multipart: fields });
    expect(statusOf(message)).toBe('new');

    // The very same post from an editor does change it: the refusal above was the role check.
    await editor.request.post('/editor/feedback', { multipart: fields });
    expect(statusOf(message)).toBe('spam');
    await editor.close();
  });
});
