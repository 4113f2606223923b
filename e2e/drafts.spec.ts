import { slugify } from '../lib/articles/slug';
import { addByline, expect, fillNewArticle, storageStateFor, test } from './fixtures';

// A draft names things the newsroom is not ready to say: nothing of it may reach a reader,
// a crawler or a share card until it is published.
test.use({ storageState: storageStateFor('editor') });
const run = Date.now().toString(36);

test('a draft’s tags and bylines show nowhere: pages, share images, sitemaps, search', async ({ page, request }) => {
  const headline = `Port operators agree a merger ${run}`;
  const tag = `Embargoed merger ${run}`;
  const source = `Confidential Source ${run}`;
  await fillNewArticle(page, headline);
  await page.getByLabel('Tags').fill(tag);
  await addByline(page, source);
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('status')).toContainText('Saved.');

  for (const path of [`/tag/${slugify(tag)}`, `/author/${slugify(source)}`, `/og/tag/${slugify(tag)}.png`, `/og/author/${slugify(source)}.png`]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  for (const path of ['/sitemap.xml', '/sitemaps/pages.xml', '/feed.xml', `/search?q=${encodeURIComponent(run)}`]) {
    const body = await (await request.get(path)).text();
    expect(body, path).not.toContain(slugify(tag));
    expect(body, path).not.toContain(source);
  }
});
