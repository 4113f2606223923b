import type { Page } from '@playwright/test';
import { articlePath } from '../lib/articles/urls';
import { articleRow, expect, feedbackRows, fillNewArticle, openDatabase, storageStateFor, storyEditor, test } from './fixtures';

// Story documents end to end: what the editor writes is stored as blocks
// with ids, rendered block by block on the reader page, and a paragraph keeps its anchor.

const run = Date.now().toString(36);
const publicPath = (headline: string) => {
  const row = articleRow(headline)!;
  return articlePath({ section: row.section, slug: row.slug, publishedAt: row.published_at! }, 'Asia/Jakarta');
};

async function publish(page: Page) {
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByRole('status')).toContainText('Published.');
}

/** A paragraph's own text, without the report button the page's script adds to it. */
const paragraphText = (page: Page, id: string) =>
  page.locator(`.article-body p[id="${id}"]`).evaluate((p) => {
    const copy = p.cloneNode(true) as HTMLElement;
    copy.querySelector('.report-paragraph')?.remove();
    return (copy.textContent ?? '').trim();
  });

test.describe('as an editor and a reader', () => {
  test.use({ storageState: storageStateFor('editor') });

  test('a reader’s report on a paragraph still points at it after the editor adds one above', async ({ page, browser, baseURL }) => {
    const headline = `Anchors follow their paragraphs ${run}`;
    const first = 'The first paragraph, which the editor will push down the page by writing above it.';
    const second = `The second paragraph, in which a reader finds a wrong figure (${run}).`;
    await fillNewArticle(page, headline, { body: `${first}\n\n${second}\n\nThe third and last paragraph.` });
    await publish(page);
    const path = publicPath(headline);

    const reader = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const readerPage = await reader.newPage();
    await readerPage.goto(`${baseURL}${path}`);
    const anchored = readerPage.locator('.article-body p[id]').nth(1);
    const anchor = (await anchored.getAttribute('id'))!;
    expect(await paragraphText(readerPage, anchor)).toBe(second);
    await anchored.hover();
    await readerPage.getByRole('button', { name: 'Report an error in this paragraph (paragraph 2)' }).click();
    const box = readerPage.getByRole('form', { name: 'Your Opinion Matters' });
    await box.getByRole('textbox', { name: 'Your message' }).fill(`The figure in the second paragraph is wrong (${run}).`);
    await box.getByRole('button', { name: 'Send' }).click();
    await expect(readerPage.getByText('Thank You', { exact: true })).toBeVisible();
    const [report] = feedbackRows('article_id = ?', articleRow(headline)!.id);
    expect(report?.paragraph_anchor).toBe(anchor);

    // The editor writes a new lead above everything and adds to the last paragraph.
    const editor = storyEditor(page);
    await editor.locator('p').first().click();
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.insertText(`A new lead paragraph written after publication (${run}).`);
    await page.keyboard.press('Enter');
    await editor.locator('p').last().click();
    await page.keyboard.press('End');
    await page.keyboard.insertText(' Now edited.');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect(page.getByRole('status')).toContainText('Saved.');

    await readerPage.goto(`${baseURL}${path}`);
    const paragraphs = readerPage.locator('.article-body > p[id]');
    await expect(paragraphs).toHaveCount(4);
    expect(await paragraphText(readerPage, anchor)).toBe(second);
    await expect(paragraphs.nth(2)).toHaveAttribute('id', anchor);
    await reader.close();

    // The inbox links the report to the same paragraph.
    await page.goto('/editor/feedback');
    const link = page.getByRole('link', { name: new RegExp(`${headline}.*the reported paragraph`) });
    await expect(link).toHaveAttribute('href', `${path}#${anchor}`);
  });

  test('pictures, cards, embeds, fact boxes and pull quotes survive a save from the story editor', async ({ page, browser, baseURL }) => {
    const target = `A story to read next ${run}`;
    await fillNewArticle(page, target);
    await publish(page);
    const targetId = articleRow(target)!.id;

    const headline = `Every kind of block ${run}`;
    await fillNewArticle(page, headline, { body: 'A lead paragraph long enough for the form, with ' });
    for (const [keys, text] of [['ControlOrMeta+B', 'bold'], ['ControlOrMeta+B', ' and '], ['ControlOrMeta+I', 'italic'], ['ControlOrMeta+I', ' words.']] as const) {
      await page.keyboard.press(keys);
      await page.keyboard.insertText(text);
    }
    // Markdown shortcuts, typed: a subhead, a list, a quote.
    for (const [shortcut, text] of [['## ', 'A subhead'], ['- ', 'one'], ['', 'two'], ['', ''], ['> ', 'A quoted line.']] as const) {
      await page.keyboard.press('Enter');
      await page.keyboard.type(shortcut);
      await page.keyboard.insertText(text);
    }
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Divider' }).click();
    await page.keyboard.insertText('The end.');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect(page.getByRole('status')).toContainText('Saved.');

    // Blocks the Markdown field cannot write yet go into the stored draft directly.
    const { id } = articleRow(headline)!;
    const db = openDatabase();
    try {
      const { body, hero_src: heroSrc } = db.prepare('select body, hero_src from articles where id = ?').get(id) as { body: string; hero_src: string | null };
      const story = JSON.parse(body) as { blocks: unknown[] };
      const someImage = heroSrc ?? (db.prepare('select hero_src from articles where hero_src is not null limit 1').get() as { hero_src: string }).hero_src;
      story.blocks.splice(1, 0,
        { type: 'image', id: 'b-90', src: someImage, width: 1600, height: 900, alt: 'Boats in a harbour at dawn', caption: `Harbour ${run}.`, credit: 'Dateline' },
        { type: 'readAlso', id: 'b-91', articleId: targetId },
        { type: 'embed', id: 'b-92', provider: 'youtube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' },
        { type: 'factBox', id: 'b-93', title: 'Key facts', paragraphs: [{ type: 'paragraph', id: 'p-90', content: [{ type: 'text', text: `A boxed fact ${run}.` }] }] },
        { type: 'pullQuote', id: 'b-94', text: `A line worth lifting ${run}.`, attribution: 'A harbour master' },
      );
      db.prepare('update articles set body = ? where id = ?').run(JSON.stringify(story), id);
    } finally {
      db.close();
    }

    await page.goto(`/editor/articles/${id}`);
    // The editor shows each kept block as one piece; publishing sends them back untouched.
    await expect(storyEditor(page).locator('[data-story-block="embed"]')).toContainText('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    await expect(storyEditor(page).locator('[data-story-block="image"]')).toContainText('Boats in a harbour at dawn');
    await publish(page);
    const path = publicPath(headline);

    for (const javaScriptEnabled of [false, true]) {
      const context = await browser.newContext({ javaScriptEnabled, storageState: { cookies: [], origins: [] } });
      const reader = await context.newPage();
      const thirdParty: string[] = [];
      reader.on('request', (request) => {
        if (!request.url().startsWith(baseURL!)) thirdParty.push(request.url());
      });
      await reader.goto(`${baseURL}${path}`);
      const story = reader.locator('.article-body');
      await expect(story.getByRole('heading', { name: 'A subhead' })).toBeVisible();
      await expect(story.locator('strong', { hasText: 'bold' })).toHaveText('bold');
      await expect(story.locator('em', { hasText: 'italic' })).toHaveText('italic');
      await expect(story.locator('ul > li')).toHaveCount(2);
      await expect(story.locator('blockquote p')).toContainText([`A line worth lifting ${run}.`, 'A quoted line.']);
      await expect(story.locator('hr')).toHaveCount(1);
      const picture = story.getByRole('img', { name: 'Boats in a harbour at dawn' });
      await expect(picture).toHaveAttribute('srcset', /\/_next\/image\?url=/);
      await expect(story.getByText(`Harbour ${run}.`)).toBeVisible();
      await expect(story.getByRole('complementary', { name: 'Read also' }).getByRole('link', { name: target })).toHaveAttribute('href', publicPath(target));
      await expect(story.getByRole('complementary', { name: 'Key facts' })).toContainText(`A boxed fact ${run}.`);
      const embed = story.getByRole('link', { name: /Watch the video on YouTube/ });
      await expect(embed).toHaveAttribute('href', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ');
      expect(thirdParty, 'no request leaves the site before the reader asks').toEqual([]);

      if (javaScriptEnabled) {
        // A click asks the provider for its player, in place; nothing else of theirs loads.
        await reader.route(/youtube-nocookie\.com/, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<p>player</p>' }));
        await embed.click();
        await expect(story.locator('iframe[src^="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"]')).toBeVisible();
        expect(reader.url()).toBe(`${baseURL}${path}`);
        expect(thirdParty.every((url) => url.startsWith('https://www.youtube-nocookie.com/'))).toBe(true);
      }
      await context.close();
    }
  });
});
