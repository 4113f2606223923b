import sharp from 'sharp';
import { phonePhoto } from '../lib/test/phone-photo';
import { articleRow, expect, fillNewArticle, storageStateFor, test } from './fixtures';

// Photos straight from a phone: several megabytes, taken sideways, with GPS and camera metadata.
test.use({ storageState: storageStateFor('editor') });
const run = Date.now().toString(36);

test('a multi-megabyte phone photo uploads as the hero, upright and without its location', async ({ page, request }) => {
  const photo = await phonePhoto();
  expect(photo.length).toBeGreaterThan(2 * 1024 * 1024);
  const headline = `Harbour at dawn, from a phone ${run}`;
  await fillNewArticle(page, headline);
  await page.getByLabel(/Upload a new image/).setInputFiles({ name: 'IMG_0001.JPG', mimeType: 'image/jpeg', buffer: photo });
  await page.getByLabel('Alt text', { exact: true }).fill('Fishing boats moored in the harbour at dawn');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('status')).toContainText('Saved.');

  const row = articleRow(headline) as unknown as { hero_src: string; hero_width: number; hero_height: number };
  expect(row.hero_src).toMatch(/^\/media\/upload-[a-f0-9]+\.webp$/);
  expect([row.hero_width, row.hero_height]).toEqual([1600, 2133]);
  const stored = Buffer.from(await (await request.get(row.hero_src)).body());
  const meta = await sharp(stored).metadata();
  expect(meta.exif).toBeUndefined();
  expect(stored.includes(Buffer.from('PhoneMaker'))).toBe(false);
});

test('a file over 10 MB is refused beside the field at once, with everything typed kept', async ({ page }) => {
  const headline = `Too large a photo ${run}`;
  await fillNewArticle(page, headline);
  await page.getByLabel(/Upload a new image/).setInputFiles({ name: 'RAW_0002.JPG', mimeType: 'image/jpeg', buffer: Buffer.alloc(11 * 1024 * 1024, 1) });
  await expect(page.locator('#heroFile-error')).toContainText('RAW_0002.JPG is larger than 10 MB');
  await expect(page.getByLabel('Headline')).toHaveValue(headline);
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('status')).toContainText('Saved.');
  expect(articleRow(headline)).toBeDefined();
});

test('an SVG renamed .png is refused by its bytes, with the article kept in the form', async ({ page }) => {
  const headline = `Not really a PNG ${run}`;
  await fillNewArticle(page, headline);
  const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
  await page.getByLabel(/Upload a new image/).setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: svg });
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.locator('#heroFile-error')).toContainText('not one, whatever its name says');
  await expect(page.getByLabel('Headline')).toHaveValue(headline);
  expect(articleRow(headline)).toBeUndefined();
});
