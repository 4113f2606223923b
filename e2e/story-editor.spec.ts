import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { phonePhoto } from '../lib/test/phone-photo';
import { addByline, articleRow, expect, expectNoAxeViolations, fillNewArticle, openDatabase, storageStateFor, storyEditor, test } from './fixtures';

// The newsroom's story editor, driven as an editor uses it: keys, toolbar, and pastes of saved
// clipboard HTML from Google Docs, Word and a web page.

const run = Date.now().toString(36);

/** Pastes clipboard HTML into the story editor, as a browser does on Ctrl+V. */
async function paste(page: Page, fixture: string) {
  const html = fs.readFileSync(`e2e/paste/${fixture}`, 'utf8');
  await storyEditor(page).evaluate((element, clipboardHtml) => {
    const data = new DataTransfer();
    data.setData('text/html', clipboardHtml);
    data.setData('text/plain', clipboardHtml.replace(/<[^>]+>/g, ''));
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
}

function storedStory(headline: string) {
  const db = openDatabase();
  try {
    const { body } = db.prepare('select body from articles where id = ?').get(articleRow(headline)!.id) as { body: string };
    return JSON.parse(body) as { blocks: { type: string; level?: number; ordered?: boolean; items?: unknown[]; content?: unknown[]; paragraphs?: unknown[] }[] };
  } finally {
    db.close();
  }
}

async function saveDraft(page: Page) {
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('status')).toContainText('Saved.');
}

test.use({ storageState: storageStateFor('editor') });

test('toolbar, shortcuts, links, undo and the word count', async ({ page }) => {
  const headline = `Toolbar and shortcuts ${run}`;
  await fillNewArticle(page, headline, { body: 'Fishermen in the bay counted their losses after the storm on Sunday.' });
  const editor = storyEditor(page);
  await expect(page.getByText('12 words · 1 min read')).toBeVisible();

  // The toolbar is one tab stop; arrow keys move along it; buttons say what is on.
  const toolbar = page.getByRole('toolbar', { name: 'Story' });
  await toolbar.getByRole('button', { name: 'Bold' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: 'Italic' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(toolbar.getByRole('button', { name: 'Redo' })).toBeFocused();

  await editor.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Enter');
  await toolbar.getByRole('button', { name: 'Minor subhead' }).click();
  await expect(toolbar.getByRole('button', { name: 'Minor subhead' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.insertText('What comes next');
  await page.keyboard.press('Enter');
  await page.keyboard.type('1. ');
  await page.keyboard.insertText('Repairs');
  await expect(editor.locator('h3')).toHaveText('What comes next');
  await expect(editor.locator('ol > li')).toHaveText('Repairs');

  // A link by keyboard: Ctrl+K asks for the address.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('Read the forecast');
  await page.keyboard.press('Shift+Home');
  page.once('dialog', (dialog) => dialog.accept('https://example.org/forecast'));
  await page.keyboard.press('ControlOrMeta+K');
  await expect(editor.getByRole('link', { name: 'Read the forecast' })).toHaveAttribute('href', 'https://example.org/forecast');

  // Undo takes the last change back, redo puts it again.
  await page.keyboard.press('End');
  await page.keyboard.insertText(' today');
  await expect(editor).toContainText('Read the forecast today');
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(editor).not.toContainText('forecast today');
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect(editor).toContainText('Read the forecast today');

  await saveDraft(page);
  const types = storedStory(headline).blocks.map((b) => b.type);
  expect(types).toEqual(['paragraph', 'heading', 'list', 'paragraph']);
  expect(JSON.stringify(storedStory(headline).blocks[3])).toContain('"href":"https://example.org/forecast"');
  // What was saved comes back into the editor.
  await expect(storyEditor(page).locator('h3')).toHaveText('What comes next');
});

test('pasting from Google Docs keeps headings, lists, links, bold and italic, and no styles', async ({ page }) => {
  const headline = `Pasted from Google Docs ${run}`;
  await fillNewArticle(page, headline, { body: '' });
  await paste(page, 'google-docs.html');
  const editor = storyEditor(page);
  await expect(editor.locator('h2')).toHaveText('Harbour reopens');
  await expect(editor.locator('strong')).toHaveText('all berths');
  await expect(editor.locator('em')).toHaveText(' were clear');
  await expect(editor.getByRole('link', { name: 'a notice' })).toHaveAttribute('href', 'https://example.org/port-notice');
  await expect(editor.locator('ul > li')).toHaveText(['Ferries at dawn', 'Cargo by noon']);
  // Google's wrapper <b style="font-weight:normal"> is not bold, and no inline style survives.
  await expect(editor.locator('strong')).toHaveCount(1);
  expect(await editor.locator('[style]').count()).toBe(0);
  await saveDraft(page);
  expect(storedStory(headline).blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'list']);
});

test('pasting from Word turns its list paragraphs into real lists', async ({ page }) => {
  const headline = `Pasted from Word ${run}`;
  await fillNewArticle(page, headline, { body: '' });
  await paste(page, 'word.html');
  const editor = storyEditor(page);
  await expect(editor.locator('h2')).toHaveText('Budget talks resume');
  await expect(editor.locator('strong')).toHaveText('Tuesday');
  await expect(editor.locator('em')).toHaveText('resume');
  await expect(editor.locator('ul > li')).toHaveText(['Fuel subsidies', 'School meals']);
  await expect(editor.locator('ol > li')).toHaveText(['First reading', 'Final vote']);
  await expect(editor).not.toContainText('·');
  await saveDraft(page);
  const blocks = storedStory(headline).blocks;
  expect(blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'list', 'list']);
  expect(blocks.filter((b) => b.type === 'list').map((b) => b.ordered)).toEqual([false, true]);
});

test('pasting a web page drops its scripts, styles, pictures and unsafe links', async ({ page }) => {
  const headline = `Pasted from a web page ${run}`;
  const thirdParty: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('http://127.0.0.1')) thirdParty.push(request.url());
  });
  await fillNewArticle(page, headline, { body: '' });
  await paste(page, 'web-page.html');
  const editor = storyEditor(page);
  await expect(editor.locator('h3')).toHaveText('What the court decided');
  await expect(editor.locator('blockquote')).toHaveText('The law applies to everyone.');
  await expect(editor.getByRole('link', { name: 'Read the ruling' })).toHaveAttribute('href', 'https://example.org/ruling');
  await expect(editor.getByRole('link', { name: 'this' })).toHaveCount(0);
  await expect(editor).toContainText('Styled words stay words.');
  expect(await editor.locator('script, style, img, [onclick], [style]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { stolen?: string }).stolen)).toBeUndefined();
  expect(thirdParty).toEqual([]);
  await saveDraft(page);
  const saved = JSON.stringify(storedStory(headline));
  expect(saved).not.toContain('javascript:');
  expect(saved).not.toContain('onclick');
});

test('a link to a video or post pasted on its own becomes its embed; any other link stays a link', async ({ page }) => {
  const headline = `Pasted video link ${run}`;
  await fillNewArticle(page, headline, { body: 'Watch the rescue at the river mouth, filmed by a resident from her balcony this morning.' });
  const pasteText = (text: string) =>
    storyEditor(page).evaluate((element, clipboardText) => {
      const data = new DataTransfer();
      data.setData('text/plain', clipboardText);
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
  await storyEditor(page).press('End');
  await pasteText('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
  await expect(storyEditor(page).locator('[data-story-block="embed"]')).toContainText('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
  await storyEditor(page).press('ControlOrMeta+End');
  await pasteText('https://example.org/report');
  await expect(storyEditor(page).locator('[data-story-block="embed"]')).toHaveCount(1);
  await saveDraft(page);
  const blocks = storedStory(headline).blocks as { type: string; provider?: string }[];
  expect(blocks.filter((b) => b.type === 'embed')).toEqual([expect.objectContaining({ provider: 'youtube' })]);
});

test('the editor page has no accessibility violations', async ({ page }) => {
  await fillNewArticle(page, `Accessible editor ${run}`);
  await expectNoAxeViolations(page);
});

test('inserting a "Read also" card, an embed, a pull quote and a fact box', async ({ page }) => {
  const headline = `Blocks from the insert menu ${run}`;
  await fillNewArticle(page, headline, { body: 'A paragraph before the blocks, long enough for the story to be saved.' });
  const editor = storyEditor(page);

  await page.getByRole('button', { name: 'Read also…' }).click();
  const picker = page.getByRole('dialog', { name: 'Add a “Read also” card' });
  await picker.getByRole('searchbox', { name: 'Search published articles' }).fill('jakarta');
  const first = picker.getByRole('listitem').getByRole('button').first();
  const pickedHeadline = (await first.textContent())!.trim();
  await first.click();
  await expect(picker).toBeHidden();
  await expect(editor.locator('[data-story-block="readAlso"]')).toContainText(pickedHeadline);

  // An address that is no video or post is refused beside the field, and nothing goes in.
  await page.getByRole('button', { name: 'Video or post…' }).click();
  const embedDialog = page.getByRole('dialog', { name: 'Add a video or post' });
  const address = embedDialog.getByLabel('Address of the video or post');
  await address.fill('https://example.org/video');
  await embedDialog.getByRole('button', { name: 'Insert' }).click();
  await expect(address).toHaveAccessibleDescription(/That address is not a YouTube video or a post on X, Instagram or TikTok\./);
  await expect(address).toHaveAttribute('aria-invalid', 'true');
  await expect(address).toHaveValue('https://example.org/video');
  await expect(editor.locator('[data-story-block="embed"]')).toHaveCount(0);
  await address.fill('https://youtu.be/dQw4w9WgXcQ');
  await embedDialog.getByRole('button', { name: 'Insert' }).click();
  await expect(embedDialog).toBeHidden();
  await expect(editor).toBeFocused();
  await expect(editor.locator('[data-story-block="embed"]')).toContainText('https://youtu.be/dQw4w9WgXcQ');

  await page.getByRole('button', { name: 'Pull quote…' }).click();
  const quoteDialog = page.getByRole('dialog', { name: 'Add a pull quote' });
  await quoteDialog.getByLabel('Quote', { exact: true }).fill('Every tide takes a little more.');
  await quoteDialog.getByLabel('Who said it (optional)').fill('A harbour master');
  await quoteDialog.getByRole('button', { name: 'Insert' }).click();
  await expect(quoteDialog).toBeHidden();

  // Escape closes a dialog without inserting anything.
  await page.getByRole('button', { name: 'Fact box…' }).click();
  const factDialog = page.getByRole('dialog', { name: 'Add a fact box' });
  await expect(factDialog.getByLabel('Title')).toHaveValue('Key facts');
  await page.keyboard.press('Escape');
  await expect(factDialog).toBeHidden();
  await expect(editor).toBeFocused();
  await page.getByRole('button', { name: 'Fact box…' }).click();
  await factDialog.getByLabel('Facts, one per line').fill('Built in 1982\n46 km long');
  await factDialog.getByRole('button', { name: 'Insert' }).click();
  await expect(factDialog).toBeHidden();
  await expect(editor.locator('[data-story-block="embed"]')).toContainText('https://youtu.be/dQw4w9WgXcQ');
  await expect(editor.locator('[data-story-block="factBox"]')).toContainText('Key facts');
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByRole('status')).toContainText('Published.');

  const blocks = storedStory(headline).blocks;
  expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'readAlso', 'embed', 'pullQuote', 'factBox']);
  expect(JSON.stringify(blocks[3])).toContain('"attribution":"A harbour master"');
  expect(JSON.stringify(blocks[4])).toContain('46 km long');
  expect(blocks[4]?.paragraphs).toHaveLength(2);
  // The reader page draws them (the full set is checked in story.spec.ts).
  const row = articleRow(headline)!;
  await page.goto(`/editor/articles/${row.id}`);
  await expect(storyEditor(page).locator('[data-story-block="readAlso"]')).toContainText(pickedHeadline);
});

test('a draft saves itself while the editor types, and leaving with unsaved changes asks first', async ({ page }) => {
  const headline = `Autosaved draft ${run}`;
  await fillNewArticle(page, headline, { body: 'The first version of a draft that will be saved by hand once, then by itself.' });
  await saveDraft(page);
  const version = articleRow(headline)!.version;

  await storyEditor(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.insertText(' Added while typing.');
  const note = page.locator('[data-autosave]');
  await expect(note).toHaveText('Unsaved changes');
  await expect(note).toHaveText(/^Saved at \d\d:\d\d:\d\d$/, { timeout: 10_000 });
  expect(articleRow(headline)!.version).toBe(version + 1);
  expect(JSON.stringify(storedStory(headline))).toContain('Added while typing.');

  // A later save by hand goes through: the form follows the version autosave made.
  await page.getByLabel('Headline').fill(`${headline} (edited)`);
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect.poll(() => articleRow(`${headline} (edited)`)?.version).toBe(version + 2);
  // The page that comes back carries the new version; until then the fields hold still.
  const articleForm = page.locator('form', { has: page.getByLabel('Headline') });
  await expect(articleForm.locator('input[name="version"]')).toHaveValue(String(version + 2));
  await expect(page.getByLabel('Headline')).toHaveValue(`${headline} (edited)`);

  // Unsaved: a link in the newsroom asks first, and staying keeps the text.
  await page.getByLabel('Headline').fill(`${headline} (unsaved)`);
  let asked = '';
  page.once('dialog', (dialog) => {
    asked = dialog.message();
    void dialog.dismiss();
  });
  await page.getByRole('link', { name: 'Feedback' }).first().click();
  await expect.poll(() => asked).toContain('not saved');
  await expect(page).toHaveURL(/\/editor\/articles\/\d+/);
  await expect(page.getByLabel('Headline')).toHaveValue(`${headline} (unsaved)`);

  // Reloading or closing asks too (the browser's own question).
  let kind = '';
  page.once('dialog', (dialog) => {
    kind = dialog.type();
    void dialog.accept();
  });
  await page.reload();
  expect(kind).toBe('beforeunload');

  // The revisions list says what changed in the text.
  const changes = page.getByText(`What changed in version ${version + 1}`);
  await changes.click();
  await expect(page.locator('ins', { hasText: 'Added while typing.' })).toBeVisible();
});

test('someone else editing the same article is shown', async ({ page, browser }) => {
  const headline = `Two editors at once ${run}`;
  await fillNewArticle(page, headline);
  await saveDraft(page);
  const path = new URL(page.url()).pathname;

  const admin = await browser.newContext({ storageState: storageStateFor('admin') });
  const adminPage = await admin.newPage();
  await adminPage.goto(path);
  await expect(adminPage.getByText('Edi Editor is editing this article too.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Ada Admin is editing this article too.')).toBeVisible();
  // Closing the tab says so at once (a beacon the browser sends after the page is gone), well
  // before the 45 s after which an editor who stopped answering is no longer shown.
  await adminPage.close({ runBeforeUnload: true });
  await expect(async () => {
    await page.reload();
    await expect(page.getByText(/is editing this article too/)).toHaveCount(0, { timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await admin.close();
});

test('pictures: one uploaded from a phone and one from the library, with alt text required', async ({ page, request }) => {
  const headline = `Pictures in the story ${run}`;
  await fillNewArticle(page, headline, { body: 'A paragraph before the pictures, long enough for the story to be saved.' });
  const picker = page.getByRole('dialog', { name: 'Add a picture' });

  await page.getByRole('button', { name: 'Picture…' }).click();
  await picker.getByLabel('Picture (JPEG, PNG or WebP, up to 10 MB)').setInputFiles({ name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: await phonePhoto() });
  await picker.getByRole('button', { name: 'Upload and insert' }).click();
  await expect(picker.getByText('Describe the picture for readers who cannot see it (alt text).')).toBeVisible();
  await picker.getByLabel(/^Alt text/).fill(`Fishing boats pulled up on the sand ${run}`);
  await picker.getByLabel('Caption').fill('Boats wait for the tide.');
  await picker.getByLabel('Credit').fill('Dateline/Rina Hartono');
  await picker.getByRole('button', { name: 'Upload and insert' }).click();
  await expect(picker).toBeHidden({ timeout: 20_000 });
  await expect(storyEditor(page).locator('[data-story-block="image"]')).toContainText(`Fishing boats pulled up on the sand ${run}`);

  // The upload is in the library now, found by its words.
  await page.getByRole('button', { name: 'Picture…' }).click();
  await picker.getByRole('searchbox', { name: 'Search the library' }).fill(`sand ${run}`);
  await expect(picker.getByRole('listitem')).toHaveCount(1);
  await picker.getByRole('searchbox', { name: 'Search the library' }).fill('');
  const libraryPick = picker.getByRole('listitem').getByRole('button').nth(1);
  const pickedAlt = (await libraryPick.textContent())!.trim();
  await libraryPick.click();
  await expect(storyEditor(page).locator('[data-story-block="image"]')).toHaveCount(2);

  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByRole('status')).toContainText('Published.');
  const row = articleRow(headline)!;
  const blocks = storedStory(headline).blocks;
  expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'image', 'image']);
  await page.goto(await page.getByRole('link', { name: 'View on the site' }).getAttribute('href') ?? '');
  expect(page.url()).toContain(row.slug);
  const story = page.locator('.article-body');
  await expect(story.getByRole('img', { name: `Fishing boats pulled up on the sand ${run}` })).toHaveAttribute('srcset', /\/_next\/image\?url=%2Fmedia%2Fupload-/);
  await expect(story.getByRole('img', { name: pickedAlt })).toBeVisible();
  await expect(story.getByText('Boats wait for the tide.')).toBeVisible();
  const picture = await request.get((await story.getByRole('img', { name: pickedAlt }).getAttribute('src'))!);
  expect(picture.headers()['content-type']).toMatch(/^image\//);
});

test('bylines: pick a desk the newsroom has, add a new person, reorder by keyboard', async ({ page }) => {
  const headline = `Bylines in order ${run}`;
  const reporter = `Dewi Kartika ${run}`;
  await fillNewArticle(page, headline);
  await page.getByRole('searchbox', { name: 'Add a byline' }).fill('news des');
  await page.getByRole('list', { name: 'Matching people and desks' }).getByRole('button', { name: 'News Desk (desk)' }).click();
  await page.getByLabel('Agency for News Desk').fill('Antara');
  await addByline(page, reporter);
  await page.getByRole('button', { name: 'Remove Edi Editor' }).click();

  // The reporter goes first, by keyboard.
  await page.getByRole('button', { name: `Move ${reporter} up` }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Bylines' }).getByRole('listitem').first()).toContainText(reporter);
  await expect(page.getByRole('complementary', { name: 'Preview' })).toContainText(`${reporter} and News Desk (Antara)`);
  await saveDraft(page);

  const db = openDatabase();
  try {
    const rows = db
      .prepare('select a.name, a.type, b.organization from article_bylines b join authors a on a.id = b.author_id where b.article_id = ? order by b.position')
      .all(articleRow(headline)!.id);
    expect(rows).toEqual([
      { name: reporter, type: 'person', organization: null },
      { name: 'News Desk', type: 'desk', organization: 'Antara' },
    ]);
  } finally {
    db.close();
  }
});
