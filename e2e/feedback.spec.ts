import type { APIRequestContext } from '@playwright/test';
import { asNewReader, expect, feedbackFormFields, feedbackRows, findArticles, test } from './fixtures';

// Each test uses its own articles: the rate limit counts per client and article.
const [typing, noScript, paragraph, limited, ...concurrent] = findArticles(12);
const runId = Date.now().toString(36);

test('counter, disabled button, thank-you state with focus', async ({ page }) => {
  await page.goto(typing!.path);
  const box = page.getByRole('form', { name: 'Your Opinion Matters' });
  await expect(box).toContainText("Share your experiences, suggestions, and any issues you've encountered on Dateline.");
  const text = box.getByRole('textbox', { name: 'Your message' });
  await expect(text).toHaveAttribute('placeholder', 'Enter at least 30 characters');
  await expect(box.getByText('0 / 30')).toBeVisible();
  const send = box.getByRole('button', { name: 'Send' });
  await expect(send).toBeDisabled();

  // 29 characters once the leading space is ignored, with an "é" typed as e + combining accent.
  const message = ` The photo caption misnames e\u0301.`;
  await text.fill(message);
  await expect(box.getByText('29 / 30')).toBeVisible();
  await expect(send).toBeDisabled();
  await text.pressSequentially('👍🏽');
  await expect(box.getByText('30 / 5,000')).toBeVisible();
  await expect(send).toBeEnabled();
  await send.click();

  const thanks = page.getByRole('status').filter({ hasText: 'Thank You' });
  await expect(thanks).toBeVisible();
  await expect(thanks).toContainText('Thank you for sharing your thoughts. We appreciate your feedback.');
  await expect(thanks).toBeFocused();
  const rows = feedbackRows('article_id = ?', typing!.id);
  expect(rows.map((r) => r.message)).toContain('The photo caption misnames e\u0301.👍🏽');
});

test('works without JavaScript: the browser checks the length, the server thanks or says why, keeping what was typed', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(noScript!.path);
  const box = page.getByRole('form', { name: 'Your Opinion Matters' });
  const send = box.getByRole('button', { name: 'Send' });
  await expect(send).toBeEnabled();

  // Too short: the browser itself refuses to send it (minlength), and the text stays.
  const text = box.getByRole('textbox', { name: 'Your message' });
  await text.fill('Too short to be useful.');
  await send.click();
  await expect(page).toHaveURL(new RegExp(`${noScript!.path}$`));
  expect(await text.evaluate((area: HTMLTextAreaElement) => area.validity.tooShort)).toBe(true);
  await expect(text).toHaveValue('Too short to be useful.');
  expect(feedbackRows('article_id = ?', noScript!.id)).toHaveLength(0);

  const message = `No-script reader ${runId}: the map in this story is missing a legend.`;
  await text.fill(message);
  await send.click();
  await expect(page).toHaveURL(new RegExp(`${noScript!.path}#feedback-sent$`));
  await expect(page.getByText('Thank you for sharing your thoughts. We appreciate your feedback.')).toBeVisible();
  await expect(box).toBeHidden();
  expect(feedbackRows('article_id = ? and message = ?', noScript!.id, message)).toHaveLength(1);

  // Sending the same message again (a resubmitted form, a second click) stores it once.
  await page.goto(noScript!.path);
  await page.getByRole('textbox', { name: 'Your message' }).fill(message);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByText('Thank You', { exact: true })).toBeVisible();
  expect(feedbackRows('article_id = ? and message = ?', noScript!.id, message)).toHaveLength(1);

  // What the browser lets through but the server refuses (here: 29 characters as a reader counts
  // them, 30 as the browser does) lands on a page that says why, with the text in the form.
  await page.goto(noScript!.path);
  const accented = 'The photo caption misnames e\u0301.';
  await page.getByRole('textbox', { name: 'Your message' }).fill(accented);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page).toHaveURL(new RegExp(`/feedback/${noScript!.id}\\?`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your message was not sent');
  await expect(page.getByText('Please write at least 30 characters (you wrote 29).')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Your message' })).toHaveValue(accented);
  expect(feedbackRows('article_id = ? and message = ?', noScript!.id, accented)).toHaveLength(0);
  await context.close();
});

test('reports an error in one paragraph, keeping its anchor and quote', async ({ page }) => {
  await page.goto(paragraph!.path);
  const second = page.locator('.article-body p#p-2');
  const quote = await second.evaluate((p) => {
    const copy = p.cloneNode(true) as HTMLElement;
    copy.querySelector('.report-paragraph')?.remove();
    return (copy.textContent ?? '').trim();
  });
  const report = page.getByRole('button', { name: 'Report an error in this paragraph (paragraph 2)' });
  await second.hover();
  await expect(report).toBeVisible();
  await report.focus();
  await page.keyboard.press('Enter');

  const box = page.getByRole('form', { name: 'Your Opinion Matters' });
  await expect(box).toContainText('Reporting an error in paragraph 2');
  const text = box.getByRole('textbox', { name: 'Your message' });
  await expect(text).toBeFocused();
  await text.fill(`The figure in this paragraph looks wrong (${runId}).`);
  await box.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByText('Thank You', { exact: true })).toBeVisible();

  const [row] = feedbackRows('article_id = ?', paragraph!.id);
  expect(row?.paragraph_anchor).toBe('p-2');
  expect(row?.paragraph_quote).toBe(quote);
});

test('a client over the rate limit is asked to wait', async ({ page }) => {
  await page.setExtraHTTPHeaders({ 'X-Forwarded-For': '198.51.100.7' });
  await page.goto(limited!.path);
  for (let i = 1; i <= 6; i++) {
    await page.getByRole('textbox', { name: 'Your message' }).fill(`Message number ${i} from the same reader, ${runId}.`);
    await page.getByRole('button', { name: 'Send' }).click();
    if (i <= 5) {
      await expect(page.getByText('Thank You', { exact: true })).toBeVisible();
      await page.reload();
    }
  }
  await expect(page.getByText(/Please wait a little and try again/)).toBeVisible();
  expect(feedbackRows('article_id = ?', limited!.id)).toHaveLength(5);
});

/**
 * Posts the form as a browser without JavaScript does. The server action answers with where the
 * reader lands: the article's thank-you (`#feedback-sent`), or the form again with the reason,
 * whose page is read here too.
 */
async function post(request: APIRequestContext, path: string, fields: Record<string, string>, client: string) {
  const response = await request.post(path, { multipart: fields, headers: { 'X-Forwarded-For': client }, maxRedirects: 0 });
  const location = response.headers().location ?? '';
  const landing = location && !location.endsWith('#feedback-sent') ? await request.get(location) : null;
  return { status: response.status(), thanked: location.endsWith('#feedback-sent'), html: landing ? await landing.text() : await response.text() };
}

test('refuses oversized and invalid posts with a clear message, storing nothing', async ({ request }) => {
  const article = concurrent[0]!;
  const fields = feedbackFormFields(await (await request.get(article.path)).text());
  const huge = await post(request, article.path, { ...fields, message: 'x'.repeat(400_000) }, '203.0.113.1');
  expect(huge.status).toBe(413);
  expect(huge.html).toContain('too large to send');

  const long = await post(request, article.path, { ...fields, message: 'y'.repeat(5001) }, '203.0.113.1');
  expect(long.thanked).toBe(false);
  expect(long.html).toContain('Please keep it under 5,000 characters (you wrote 5,001).');
  const markup = `<script>alert("${runId}")</script> is what I typed, to see what happens.`;
  const stored = await post(request, article.path, { ...fields, message: markup }, '203.0.113.1');
  expect(stored.thanked).toBe(true);
  expect(feedbackRows('message = ?', markup)).toHaveLength(1);
});

test('200 submissions from 20 parallel clients: the database holds exactly the thanked ones', async ({ request }) => {
  const targets = await Promise.all(
    concurrent.slice(1, 3).map(async (a) => ({ path: a.path, fields: feedbackFormFields(await (await request.get(a.path)).text()) })),
  );
  const marker = `concurrency-${runId}`;
  let thanked = 0;
  await Promise.all(
    Array.from({ length: 20 }, (_, client) =>
      asNewReader(async (reader) => {
        for (let i = 0; i < 10; i++) {
          const target = targets[i % targets.length]!;
          const message = `${marker}: client ${client}, message ${i}, a long enough note.`;
          if ((await post(reader, target.path, { ...target.fields, message }, `192.0.2.${client + 1}`)).thanked) thanked++;
        }
      }),
    ),
  );
  expect(thanked).toBe(200);
  expect(feedbackRows('message like ?', `${marker}:%`)).toHaveLength(thanked);
});

test('300 readers behind one carrier address are all thanked; one reader repeating itself is cut off', async ({ request }) => {
  const target = concurrent[3]!;
  const fields = feedbackFormFields(await (await request.get(target.path)).text());
  const gateway = '198.51.100.77';
  const marker = `cgnat-${runId}`;
  const answers: boolean[] = [];
  // Readers arrive in waves of 30 at once, as a busy mobile network's would.
  for (let wave = 0; wave < 10; wave++) {
    answers.push(
      ...(await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          asNewReader(async (reader) => (await post(reader, target.path, { ...fields, message: `${marker}: reader ${wave * 30 + i} says the chart is unclear.` }, gateway)).thanked),
        ),
      )),
    );
  }
  expect(answers.filter(Boolean)).toHaveLength(300);
  expect(feedbackRows('message like ?', `${marker}:%`)).toHaveLength(300);

  // One reader (one browser, keeping its cookie) sending note after note from that address.
  const repeated = await asNewReader(async (reader) => {
    const answers = [];
    for (let i = 0; i < 7; i++) answers.push(await post(reader, target.path, { ...fields, message: `${marker}-burst: note ${i} about the same chart.` }, gateway));
    return answers;
  });
  expect(repeated.slice(0, 5).every((answer) => answer.thanked)).toBe(true);
  expect(repeated.slice(5).every((answer) => !answer.thanked && answer.html.includes('You have sent several messages about this article'))).toBe(true);
  expect(feedbackRows('message like ?', `${marker}-burst:%`)).toHaveLength(5);
});
