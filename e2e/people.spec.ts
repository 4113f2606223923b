import sharp from 'sharp';
import { phonePhoto } from '../lib/test/phone-photo';
import { formFieldsContaining } from './action-forms';
import {
  expect,
  expectNoAxeViolations,
  findArticle,
  openDatabase,
  storageStateFor,
  test,
} from './fixtures';

// The people and desks of the bylines: an editor gives a person a role, a bio and a photo at
// /editor/people, and the public author page and the article pages under the byline show them.

interface Person {
  id: number;
  slug: string;
  name: string;
  role: string | null;
  bio: string | null;
  photo_src: string | null;
}

/** The `n`-th sample person (by id) with a published story, so each test has its own. */
function samplePerson(n: number): Person {
  const db = openDatabase();
  try {
    const row = db
      .prepare(
        `select u.id, u.slug, u.name, u.role, u.bio, u.photo_src from authors u where u.type = 'person' and exists (
           select 1 from article_bylines b join articles a on a.id = b.article_id
           where b.author_id = u.id and a.status = 'published') order by u.id limit 1 offset ?`,
      )
      .get(n) as Person | undefined;
    if (!row) throw new Error(`no sample person number ${n}`);
    return row;
  } finally {
    db.close();
  }
}

function person(id: number): Person {
  const db = openDatabase();
  try {
    return db
      .prepare('select id, slug, name, role, bio, photo_src from authors where id = ?')
      .get(id) as Person;
  } finally {
    db.close();
  }
}

/** Every JSON-LD block on the page, parsed. */
async function jsonLdBlocks(page: import('@playwright/test').Page) {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return texts.map((t) => JSON.parse(t) as Record<string, unknown>);
}

test.describe('people, for an editor', () => {
  test.use({ storageState: storageStateFor('editor') });

  test('sets a role, bio and phone photo that the author page, its structured data and the articles show', async ({
    page,
    request,
  }) => {
    const reporter = samplePerson(0);
    const bio = `Photographs the ports and the people who work them. Edited ${Date.now().toString(36)}.`;

    await page.goto('/editor');
    await page
      .getByRole('navigation', { name: 'Newsroom' })
      .getByRole('link', { name: 'People' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Name or role' }).fill(reporter.name);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('link', { name: reporter.name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: reporter.name })).toBeVisible();
    // The address is shown, not edited: author URLs must not break.
    await expect(page.getByRole('link', { name: `/author/${reporter.slug}` })).toBeVisible();
    await expect(page.getByLabel('Slug')).toHaveCount(0);

    const form = page.getByRole('form', { name: 'Profile' });
    await form.getByLabel('Role', { exact: true }).fill('Photographer');
    await form.getByLabel('Short bio').fill(bio);
    await form
      .getByLabel(/Upload a new photo/)
      .setInputFiles({ name: 'IMG_0042.JPG', mimeType: 'image/jpeg', buffer: await phonePhoto() });
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(form.getByRole('status')).toContainText('Saved.', { timeout: 20_000 });
    await expect(
      form.getByRole('img', { name: `Current photo of ${reporter.name}` }),
    ).toBeVisible();
    await expect(form.getByLabel('Role', { exact: true })).toHaveValue('Photographer');
    await expect(form.getByLabel('Short bio')).toHaveValue(bio);

    const saved = person(reporter.id);
    expect(saved).toMatchObject({
      role: 'Photographer',
      bio,
      slug: reporter.slug,
      name: reporter.name,
    });
    expect(saved.photo_src).toMatch(/^\/media\/upload-[a-f0-9]+\.webp$/);
    // Re-encoded like every upload: nothing of the phone's metadata is published.
    const stored = Buffer.from(await (await request.get(saved.photo_src!)).body());
    expect((await sharp(stored).metadata()).exif).toBeUndefined();
    expect(stored.includes(Buffer.from('PhoneMaker'))).toBe(false);

    // The public author page: photo (alt = the name), role under the name, bio.
    await page.goto(`/author/${reporter.slug}`);
    const heading = page.locator('main header').first();
    await expect(heading.getByRole('heading', { level: 1, name: reporter.name })).toBeVisible();
    await expect(heading.getByText('Photographer', { exact: true })).toBeVisible();
    await expect(heading.getByText(bio)).toBeVisible();
    await expect(heading.getByRole('img', { name: reporter.name, exact: true })).toHaveAttribute(
      'srcset',
      /\/_next\/image\?url=%2Fmedia%2Fupload-/,
    );
    const profile = (await jsonLdBlocks(page)).find((d) => d['@type'] === 'ProfilePage');
    expect(profile?.mainEntity).toMatchObject({
      '@type': 'Person',
      name: reporter.name,
      jobTitle: 'Photographer',
      description: bio,
      url: expect.stringMatching(new RegExp(`^https?://[^/]+/author/${reporter.slug}$`)),
      image: expect.stringMatching(new RegExp(`^https?://[^/]+${saved.photo_src}$`)),
    });
    await expectNoAxeViolations(page);

    // An article under the byline names them as a Person with jobTitle and image.
    const article = findArticle(
      `exists (select 1 from article_bylines b where b.article_id = a.id and b.author_id = ${reporter.id})`,
    );
    await page.goto(article.path);
    const news = (await jsonLdBlocks(page)).find((d) => d['@type'] === 'NewsArticle');
    const byline = (news?.author as { url: string }[]).find((a) =>
      a.url.endsWith(`/author/${reporter.slug}`),
    );
    expect(byline).toMatchObject({
      '@type': 'Person',
      jobTitle: 'Photographer',
      image: expect.stringMatching(new RegExp(`${saved.photo_src}$`)),
    });

    // The byline picker shows the role beside the name.
    await page.goto('/editor/articles/new');
    await page.getByRole('searchbox', { name: 'Add a byline' }).fill(reporter.name);
    await expect(
      page
        .getByRole('list', { name: 'Matching people and desks' })
        .getByRole('button', { name: `${reporter.name}, Photographer (person)` }),
    ).toBeVisible();
  });

  test('a bio over 500 characters is refused beside the field, with everything typed kept', async ({
    page,
  }) => {
    const writer = samplePerson(1);
    const bio = 'Reports on ports, ferries and shipping across the archipelago. '.repeat(9);
    expect(bio.trim().length).toBeGreaterThan(500);

    await page.goto(`/editor/people/${writer.id}`);
    const form = page.getByRole('form', { name: 'Profile' });
    await form.getByLabel('Role', { exact: true }).fill('Correspondent');
    await form.getByLabel('Short bio').fill(bio);
    await expect(form.getByLabel('Short bio')).toHaveAccessibleDescription(
      /^567 \/ 500 characters$/,
    );
    await form.getByRole('button', { name: 'Save', exact: true }).click();

    await expect(form.getByRole('status')).toHaveText('Some fields need attention.');
    await expect(form.getByLabel('Short bio')).toHaveAccessibleDescription(
      /^567 \/ 500 characters\s+Keep the bio to 500 characters or fewer\.$/,
    );
    await expect(form.getByLabel('Short bio')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByLabel('Short bio')).toHaveValue(bio);
    await expect(form.getByLabel('Role', { exact: true })).toHaveValue('Correspondent');
    expect(person(writer.id)).toMatchObject({ role: writer.role, bio: writer.bio });
    await expectNoAxeViolations(page);
  });
});

test.describe('people, for a contributor', () => {
  test.use({ storageState: storageStateFor('contributor') });

  test('sees neither the pages nor the link, and a posted profile changes nothing', async ({
    page,
    browser,
  }) => {
    const someone = samplePerson(2);
    await page.goto('/editor');
    await expect(
      page.getByRole('navigation', { name: 'Newsroom' }).getByRole('link', { name: 'People' }),
    ).toHaveCount(0);

    await page.goto('/editor/people');
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(
      'You do not have access to this page.',
    );
    await expect(page.getByRole('link', { name: someone.name, exact: true })).toHaveCount(0);
    await page.goto(`/editor/people/${someone.id}`);
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(
      'You do not have access to this page.',
    );
    await expect(page.getByLabel('Short bio')).toHaveCount(0);

    // The profile form as an editor's browser got it, posted back by the contributor.
    const editorContext = await browser.newContext({ storageState: storageStateFor('editor') });
    const html = await (await editorContext.request.get(`/editor/people/${someone.id}`)).text();
    const fields = {
      ...formFieldsContaining(html, 'name="bio"'),
      name: someone.name,
      role: 'Intern',
      bio: 'Posted by a contributor.',
    };
    await page.request.post(`/editor/people/${someone.id}`, { multipart: fields });
    expect(person(someone.id)).toMatchObject({ role: someone.role, bio: someone.bio });

    // The same post from the editor works: the refusal above was the role check.
    await editorContext.request.post(`/editor/people/${someone.id}`, { multipart: fields });
    expect(person(someone.id)).toMatchObject({ role: 'Intern', bio: 'Posted by a contributor.' });
    await editorContext.close();
  });
});
