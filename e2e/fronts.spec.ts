import sharp from 'sharp';
import type { Page } from '@playwright/test';
import { articlePath } from '../lib/articles/urls';
import { cropRatios, objectPosition } from '../lib/media/focal';
import { baseURL } from '../playwright.config';
import {
  articleRow,
  expect,
  expectNoAxeViolations,
  fillNewArticle,
  openDatabase,
  storageStateFor,
  test,
} from './fixtures';
import { getOnNewConnection } from './load-readers';

// Fronts end to end: an editor pins a story into the Culture section's front, gives it the front's
// own words, previews the draft at a phone's and a desktop's width, launches it and restores an
// earlier launch; a scheduled layout goes live on time; an unpublished pin leaves the front at
// once; the editor works without JavaScript; two editors on the home page are told of each other.
// Most of it happens on the Culture front, which no other spec looks at; the home page's draft is
// changed only to be discarded again.

const run = Date.now().toString(36);
const culture = '/editor/fronts/culture';
test.use({ storageState: storageStateFor('editor') });
// Each test starts from the front the one before left.
test.describe.configure({ mode: 'serial' });

interface Story {
  id: number;
  headline: string;
  path: string;
}

let gallery: Story;
let newest: Story;

/** A 4:3 picture: on a 16:9 card, the focal point decides which band of it shows. */
const fourByThree = () =>
  sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#7a8a99' } })
    .jpeg()
    .toBuffer();

async function publish(page: Page, headline: string, picture = false): Promise<Story> {
  await fillNewArticle(page, headline, { section: 'culture' });
  if (picture) {
    await page
      .getByLabel(/Upload a new image/)
      .setInputFiles({ name: 'gallery.jpg', mimeType: 'image/jpeg', buffer: await fourByThree() });
    await page
      .getByLabel('Alt text', { exact: true })
      .fill('A grey warehouse wall, seen from the flooded street');
  }
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByRole('status')).toContainText('Published.');
  const row = articleRow(headline)!;
  return {
    id: row.id,
    headline,
    path: articlePath(
      { section: row.section, slug: row.slug, publishedAt: row.published_at! },
      'Asia/Jakarta',
    ),
  };
}

/** A container of the draft, by its heading (an untitled one by its layout's name). */
const container = (page: Page, name = 'Grid of three') =>
  page.getByRole('region', { name, exact: true });
/** The slot at `position` (from 1) of a container. */
const slot = (page: Page, position: number, name?: string) =>
  container(page, name)
    .locator('[id^="slot-"]')
    .nth(position - 1);
const readerHeadlines = (page: Page) => page.getByRole('main').getByRole('heading', { level: 2 });

function draftSlots(key: string): { articleId: number | null }[] {
  const db = openDatabase();
  try {
    const row = db.prepare('select layout from front_drafts where key = ?').get(key) as
      { layout: string } | undefined;
    return row
      ? (JSON.parse(row.layout) as { containers: { slots: { articleId: number | null }[] }[] })
          .containers[0]!.slots
      : [];
  } finally {
    db.close();
  }
}

const launchedMessage = 'Launched: readers everywhere see this layout now.';

test('pin a story, give it the front’s words, preview the draft, launch it: readers see it, and a newer story does not move it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  gallery = await publish(page, `Gallery opens in a sinking warehouse ${run}`, true);
  const newer = await publish(page, `Night market returns to the old town ${run}`);
  const reader = await page.context().newPage();

  await page.goto(culture);
  await expect(page.getByRole('heading', { level: 1, name: 'Front: Culture' })).toBeVisible();
  // Nothing arranged yet: the automatic layout, newest first.
  await expect(slot(page, 1)).toContainText('Automatic');
  await expect(slot(page, 1)).toContainText(newer.headline);

  // Search and pick.
  await slot(page, 1)
    .getByRole('link', { name: /^Pick a story/ })
    .click();
  const picker = page.getByRole('region', { name: /^Pin a story: Slot 1 of Grid of three/ });
  await picker.getByLabel('Words from the story').fill(`gallery ${run}`);
  await picker.getByRole('button', { name: 'Search' }).click();
  await picker.getByRole('button', { name: `Pin: ${gallery.headline}` }).click();
  await expect(page.getByText('Pinned in the draft.')).toBeVisible();
  await expect(slot(page, 1)).toContainText('Pinned');
  await expect(slot(page, 1)).toContainText(gallery.headline);
  // A draft: readers still see the newest first.
  await reader.goto('/culture');
  await expect(readerHeadlines(reader).first()).toHaveText(newer.headline);

  // The front's own words and crop for the pinned story.
  await slot(page, 1).getByText('Overrides on this front').click();
  await slot(page, 1).getByLabel('Headline on this front').fill(`Sinking gallery ${run}`);
  await slot(page, 1).getByLabel('Kicker').fill('Analysis');
  await slot(page, 1).getByLabel('Across', { exact: true }).fill('20');
  await slot(page, 1).getByLabel('Down', { exact: true }).fill('30');
  await slot(page, 1).getByRole('button', { name: 'Save overrides' }).click();
  await expect(page.getByText('Overrides saved to the draft.')).toBeVisible();
  await expect(slot(page, 1)).toContainText(`headline “Sinking gallery ${run}”`);

  // The preview: the reader's components, at a phone's width and a desktop's.
  await page.getByRole('link', { name: 'Preview the draft' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Preview: Culture' })).toBeVisible();
  for (const [name, width] of [
    ['Phone', 390],
    ['Desktop', 1280],
  ] as const) {
    const title = `${name} preview, ${width} pixels wide`;
    const frame = page.frameLocator(`iframe[title="${title}"]`);
    await expect(frame.getByRole('main').getByRole('heading', { level: 2 }).first()).toHaveText(
      `Sinking gallery ${run}`,
    );
    await expect(frame.getByRole('main').getByRole('article').first()).toContainText('Analysis');
    const handle = await page.locator(`iframe[title="${title}"]`).elementHandle();
    expect(await (await handle!.contentFrame())!.evaluate(() => window.innerWidth)).toBe(width);
  }

  // Launch: on every server process before the editor's page returns.
  await page.getByRole('button', { name: 'Launch this draft' }).click();
  await expect(page).toHaveURL(/\/editor\/fronts\/culture\?done=launch/);
  await expect(page.getByText(launchedMessage)).toBeVisible();
  for (let i = 0; i < 4; i++)
    expect((await getOnNewConnection(`${baseURL}/culture`)).body).toContain(
      `Sinking gallery ${run}`,
    );
  await reader.goto('/culture');
  await expect(readerHeadlines(reader).first()).toHaveText(`Sinking gallery ${run}`);
  const card = reader.getByRole('main').getByRole('article').first();
  await expect(card).toContainText('Analysis');
  await expect(card.locator('img')).toHaveCSS(
    'object-position',
    objectPosition(1600, 1200, cropRatios['16x9'], { x: 0.2, y: 0.3 }),
  );
  await expect(card.locator('img')).toHaveAttribute('width', '1600');
  const data = JSON.parse(
    (await reader.locator('script[type="application/ld+json"]').textContent())!,
  ) as { '@type': string; itemListElement: unknown[] };
  expect(data['@type']).toBe('ItemList');
  expect(data.itemListElement[0]).toEqual({
    '@type': 'ListItem',
    position: 1,
    url: `${baseURL}${gallery.path}`,
  });
  expect(data.itemListElement[1]).toEqual({
    '@type': 'ListItem',
    position: 2,
    url: `${baseURL}${newer.path}`,
  });

  // A story published after the launch fills an automatic slot; the pinned one stays first.
  newest = await publish(page, `Puppeteers bring wayang to the screen ${run}`);
  await reader.goto('/culture');
  await expect(readerHeadlines(reader).first()).toHaveText(`Sinking gallery ${run}`);
  await expect(readerHeadlines(reader).nth(1)).toHaveText(newest.headline);
  await reader.close();
});

test('every launch is kept: restore an earlier one, launched at once and made the draft', async ({
  page,
}) => {
  const reader = await page.context().newPage();
  await page.goto(culture);
  await slot(page, 1)
    .getByRole('button', { name: /^Remove pin/ })
    .click();
  await expect(
    page.getByText('Removed from the draft: the slot fills automatically.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Launch the draft' }).click();
  await expect(page.getByText(launchedMessage)).toBeVisible();
  await reader.goto('/culture');
  await expect(readerHeadlines(reader).first()).toHaveText(newest.headline);

  const history = page.getByRole('table', { name: 'Every launch of this front, newest first' });
  await expect(history.getByRole('row').nth(1)).toContainText('(readers see it)');
  await expect(history.getByRole('row').nth(1)).toContainText('Edi Editor');
  page.once('dialog', (dialog) => void dialog.accept());
  await history
    .getByRole('row')
    .filter({ hasText: '1 pinned' })
    .first()
    .getByRole('button', { name: /^Restore/ })
    .click();
  await expect(page.getByText(/^Restored and launched/)).toBeVisible();
  await expect(history.getByRole('row').nth(1)).toContainText('Restored');
  await expect(slot(page, 1)).toContainText('Pinned');
  await reader.goto('/culture');
  await expect(readerHeadlines(reader).first()).toHaveText(`Sinking gallery ${run}`);
  await reader.close();
});

test('an unpublished pinned story leaves every front at once; its slot falls back to the rule', async ({
  page,
}) => {
  const doomed = await publish(page, `Festival poster withdrawn ${run}`);
  await page.goto(culture);
  // The newest story fills the first automatic slot; pin it there, and launch.
  await expect(slot(page, 2)).toContainText(doomed.headline);
  await slot(page, 2)
    .getByRole('button', { name: /^Pin this story/ })
    .click();
  await expect(page.getByText('Pinned in the draft.')).toBeVisible();
  await page.getByRole('button', { name: 'Launch the draft' }).click();
  await expect(page.getByText(launchedMessage)).toBeVisible();
  for (const path of ['/culture', '/'])
    expect((await getOnNewConnection(`${baseURL}${path}`)).body).toContain(doomed.path);

  await page.goto(`/editor/articles/${doomed.id}`);
  await page.getByRole('button', { name: 'Unpublish' }).click();
  await expect(page.getByRole('status')).toContainText('Unpublished.');
  for (const path of ['/culture', '/']) {
    for (let i = 0; i < 4; i++)
      expect((await getOnNewConnection(`${baseURL}${path}`)).body, path).not.toContain(doomed.path);
  }
  const front = (await getOnNewConnection(`${baseURL}/culture`)).body;
  expect(front).toContain(newest.path);

  await page.goto(culture);
  await expect(slot(page, 2)).toContainText('Pinned, not published');
  await expect(slot(page, 2)).toContainText(newest.headline);
});

test('a scheduled layout goes live on time, with no outside cron', async ({ page }) => {
  test.setTimeout(180_000);
  const reader = await page.context().newPage();
  await page.goto(culture);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Start again from the automatic layout' }).click();
  await expect(page.getByText('The draft was reset.')).toBeVisible();
  await expect(slot(page, 1)).toContainText('Automatic');

  // The next whole minute at least 20 seconds away, in the newsroom's time zone (UTC+7).
  const at = new Date(Math.ceil((Date.now() + 20_000) / 60_000) * 60_000 + 7 * 3600_000)
    .toISOString()
    .slice(0, 16);
  await page.getByLabel('Launch time (newsroom time zone)').fill(at);
  await page.getByRole('button', { name: 'Schedule this draft' }).click();
  await expect(
    page.getByText(/^Scheduled: the draft as it is now launches at that time/),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Scheduled launches' })).toContainText(
    'scheduled by Edi Editor',
  );
  await reader.goto('/culture');
  await expect(readerHeadlines(reader).first()).toHaveText(`Sinking gallery ${run}`);

  await expect
    .poll(
      async () => {
        await reader.goto('/culture');
        return readerHeadlines(reader).first().textContent();
      },
      { timeout: 150_000, intervals: [5_000] },
    )
    .toBe(newest.headline);
  await page.reload();
  await expect(
    page
      .getByRole('table', { name: 'Every launch of this front, newest first' })
      .getByRole('row')
      .nth(1),
  ).toContainText('Launched on schedule');
  await expect(page.getByRole('region', { name: 'Scheduled launches' })).toContainText('None.');
  await reader.close();
});

test('without JavaScript: change a container, pick with a search form, move, override, remove, add a container', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({
    storageState: storageStateFor('editor'),
    javaScriptEnabled: false,
  });
  const page = await context.newPage();
  await page.goto(culture);

  const grid = container(page);
  await grid.getByText('Container settings').click();
  await grid.getByLabel('Layout').selectOption('row');
  await grid.getByLabel('Slots', { exact: true }).fill('6');
  await grid.getByRole('button', { name: 'Save container' }).click();
  await expect(page.getByText('Container saved to the draft.')).toBeVisible();
  await expect(container(page, 'Row of four').locator('[id^="slot-"]')).toHaveCount(6);

  await slot(page, 2, 'Row of four')
    .getByRole('link', { name: /^Pick a story/ })
    .click();
  const picker = page.getByRole('region', { name: /^Pin a story: Slot 2 of Row of four/ });
  await picker.getByLabel('Words from the story').fill(`gallery ${run}`);
  await picker.getByRole('button', { name: 'Search' }).click();
  await page
    .getByRole('region', { name: /^Pin a story: Slot 2 of Row of four/ })
    .getByRole('button', { name: `Pin: ${gallery.headline}` })
    .click();
  await expect(page.getByText('Pinned in the draft.')).toBeVisible();
  await expect(slot(page, 2, 'Row of four')).toContainText(gallery.headline);

  await slot(page, 2, 'Row of four').getByRole('button', { name: /^Up/ }).click();
  await expect(page.getByText('Moved in the draft.')).toBeVisible();
  await expect(slot(page, 1, 'Row of four')).toContainText(gallery.headline);

  await slot(page, 1, 'Row of four').getByText('Overrides on this front').click();
  await slot(page, 1, 'Row of four').getByLabel('Kicker').fill('Exclusive');
  await slot(page, 1, 'Row of four').getByRole('button', { name: 'Save overrides' }).click();
  await expect(page.getByText('Overrides saved to the draft.')).toBeVisible();
  await expect(slot(page, 1, 'Row of four')).toContainText('kicker “Exclusive”');

  await slot(page, 1, 'Row of four')
    .getByRole('button', { name: /^Remove pin/ })
    .click();
  await expect(
    page.getByText('Removed from the draft: the slot fills automatically.'),
  ).toBeVisible();
  await expect(slot(page, 1, 'Row of four')).toContainText('Automatic');

  await page.getByText('Add a container at the bottom').click();
  const add = page.locator('#add-container');
  await add.getByLabel('Title').fill(`Editors’ picks ${run}`);
  await add.getByLabel('Layout').selectOption('list');
  await add.getByLabel('Slots', { exact: true }).fill('3');
  await add.getByLabel('Empty slots show').selectOption('none');
  await add.getByRole('button', { name: 'Add container' }).click();
  await expect(page.getByText('Container added to the draft.')).toBeVisible();
  await expect(container(page, `Editors’ picks ${run}`).locator('[id^="slot-"]')).toHaveCount(3);

  // None of it reached readers; discard it.
  expect((await getOnNewConnection(`${baseURL}/culture`)).body).not.toContain(
    `Editors’ picks ${run}`,
  );
  await page.getByRole('button', { name: 'Discard the draft’s changes' }).click();
  await expect(page.getByText('The draft was reset.')).toBeVisible();
  await expect(container(page)).toBeVisible();
  await context.close();
});

test('with JavaScript: a slot moves by keyboard with its drag handle, told as it goes', async ({
  page,
}) => {
  await page.goto(culture);
  await slot(page, 3)
    .getByRole('link', { name: /^Pick a story/ })
    .click();
  const picker = page.getByRole('region', { name: /^Pin a story: Slot 3 of Grid of three/ });
  await picker.getByLabel('Words from the story').fill(`gallery ${run}`);
  await picker.getByRole('button', { name: 'Search' }).click();
  await picker.getByRole('button', { name: `Pin: ${gallery.headline}` }).click();
  await expect(page.getByText('Pinned in the draft.')).toBeVisible();

  const handle = container(page).getByRole('button', {
    name: `Drag slot: Slot 3, ${gallery.headline}`,
  });
  await handle.focus();
  await page.keyboard.press('Space');
  // Told as it goes: picked up, then over where it is (the second soon replaces the first).
  await expect(page.getByText(/(Picked up Slot 3, .* in position 3 of 12|Slot 3, .* is over position 3 of 12)\./)).toBeAttached();
  // One key at a time, as a person presses them: each move is announced before the next.
  await page.keyboard.press('ArrowUp');
  await expect(page.getByText(/is over position 2 of 12\./)).toBeAttached();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByText(/is over position 1 of 12\./)).toBeAttached();
  await page.keyboard.press('Space');
  await expect(page.getByText(/dropped in position 1 of 12/)).toBeAttached();
  await expect.poll(() => draftSlots('section:culture')[0]?.articleId).toBe(gallery.id);
  await page.reload();
  await expect(slot(page, 1)).toContainText('Pinned');
  await expect(slot(page, 1)).toContainText(gallery.headline);

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Discard the draft’s changes' }).click();
  await expect(page.getByText('The draft was reset.')).toBeVisible();
});

test('the front editor passes axe, with a picker and settings open', async ({ page }) => {
  await page.goto('/editor/fronts');
  await expect(page.getByRole('heading', { level: 1, name: 'Fronts' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Home page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Front: Home page' })).toBeVisible();
  // Enhanced: the drag handles are there.
  await expect(page.getByRole('button', { name: 'Drag container: Top stories' })).toBeVisible();
  await container(page, 'Top stories')
    .locator('[id^="slot-"]')
    .first()
    .getByRole('link', { name: /^Pick a story/ })
    .click();
  await expect(
    page.getByRole('region', { name: /^Pin a story: Lead of Top stories/ }),
  ).toBeVisible();
  await container(page, 'Top stories').getByText('Container settings').click();
  await expectNoAxeViolations(page);
});

test('contributors see fronts but do not arrange them', async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateFor('contributor') });
  const page = await context.newPage();
  await page.goto('/editor');
  await page
    .getByRole('navigation', { name: 'Newsroom' })
    .getByRole('link', { name: 'Fronts' })
    .click();
  await page.getByRole('link', { name: 'Culture' }).click();
  await expect(
    page.getByText('You can look at this front’s draft; editors and admins arrange and launch it.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Launch the draft' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /^Pick a story/ })).toHaveCount(0);
  await context.close();
});

test('two editors on one front are told of each other; a change or launch from an older draft is refused', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await page.goto('/editor/fronts/home');
  await expect(page.getByRole('button', { name: 'Drag container: Top stories' })).toBeVisible();
  const other = await browser.newContext({ storageState: storageStateFor('admin') });
  const admin = await other.newPage();
  await admin.goto('/editor/fronts/home');
  await expect(
    admin.getByText('Edi Editor is arranging this front too.', { exact: false }),
  ).toBeVisible({ timeout: 10_000 });
  await expect(
    page.getByText('Ada Admin is arranging this front too.', { exact: false }),
  ).toBeVisible({ timeout: 25_000 });

  // Ada changes the draft; Edi's page, drawn before, is refused rather than applied over hers.
  await container(admin, 'Top stories')
    .getByRole('button', { name: /^Pin this story/ })
    .first()
    .click();
  await expect(admin.getByText('Pinned in the draft.')).toBeVisible();
  await container(page, 'Top stories').getByRole('button', { name: /^Down/ }).first().click();
  await expect(
    page
      .getByRole('alert')
      .filter({
        hasText:
          /^Ada Admin changed this front’s draft at \d\d:\d\d, after this page was drawn\. Nothing was changed\./,
      }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Launch the draft' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was launched.' })).toBeVisible();

  // Edi is told the draft changed, and sees it as it is now.
  await expect(
    page.getByText('Ada Admin changed the draft since this page was drawn.'),
  ).toBeVisible({ timeout: 25_000 });
  await page.getByRole('button', { name: 'Show the draft as it is now' }).click();
  await expect(container(page, 'Top stories').locator('[id^="slot-"]').first()).toContainText(
    'Pinned',
  );

  // The home page's readers never saw any of it; the draft goes back to what they see.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Discard the draft’s changes' }).click();
  await expect(page.getByText('The draft was reset.')).toBeVisible();
  await other.close();
});
