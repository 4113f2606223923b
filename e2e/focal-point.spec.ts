import sharp from 'sharp';
import { articleRow, expect, expectNoAxeViolations, fillNewArticle, storageStateFor, test } from './fixtures';

// A focal point set by clicking the hero: the page, the JSON-LD crops and the share image keep
// the subject, here a red square near the bottom right of a 4:3 picture.
test.use({ storageState: storageStateFor('editor') });
// The second test reuses, from the library, the picture the first one uploads.
test.describe.configure({ mode: 'serial' });
const run = Date.now().toString(36);
const subject = { left: 1300, top: 950, size: 200 };

async function pictureWithSubject() {
  const red = await sharp({ create: { width: subject.size, height: subject.size, channels: 3, background: '#d00000' } }).png().toBuffer();
  return sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#7a8a99' } })
    .composite([{ input: red, left: subject.left, top: subject.top }])
    .jpeg()
    .toBuffer();
}

async function isRedAt(bytes: Buffer, x: number, y: number) {
  const { data, info } = await sharp(bytes).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (Math.round(y) * info.width + Math.round(x)) * 3;
  return data[at]! > 170 && data[at + 1]! < 60 && data[at + 2]! < 60;
}

test('clicking the hero sets its focal point, and every crop keeps the subject', async ({ page, request }) => {
  const headline = `Focal point on the subject ${run}`;
  await fillNewArticle(page, headline);
  await page.getByLabel(/Upload a new image/).setInputFiles({ name: 'subject.jpg', mimeType: 'image/jpeg', buffer: await pictureWithSubject() });
  await page.getByLabel('Alt text', { exact: true }).fill('A red square at the bottom right of a grey field');

  // Click the middle of the red square on the picture as the form shows it.
  const picture = page.locator('[data-focal-picture]');
  await expect(picture).toBeVisible();
  const box = (await picture.boundingBox())!;
  const [fx, fy] = [(subject.left + subject.size / 2) / 1600, (subject.top + subject.size / 2) / 1200];
  await picture.click({ position: { x: box.width * fx, y: box.height * fy } });
  const across = page.getByRole('slider', { name: /Across/ });
  const down = page.getByRole('slider', { name: /Down/ });
  // Whole percentages, within a pixel's rounding of the subject's centre.
  await expect.poll(async () => Math.abs(Number(await across.inputValue()) - fx * 100)).toBeLessThanOrEqual(1);
  await expect.poll(async () => Math.abs(Number(await down.inputValue()) - fy * 100)).toBeLessThanOrEqual(1);
  const [px, py] = [Number(await across.inputValue()), Number(await down.inputValue())];
  await expectNoAxeViolations(page);
  // The keyboard reaches the same point.
  await down.press('ArrowRight');
  await expect(down).toHaveValue(String(py + 1));
  await down.press('ArrowLeft');

  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByRole('status')).toContainText('Published.');
  const row = articleRow(headline) as unknown as { hero_focal_x: number; hero_focal_y: number };
  expect([row.hero_focal_x, row.hero_focal_y]).toEqual([px / 100, py / 100]);
  // The editor reopens with the point where it was set.
  await expect(across).toHaveValue(String(px));

  await page.getByRole('link', { name: 'View on the site' }).evaluate((link: HTMLAnchorElement) => link.removeAttribute('target'));
  await page.getByRole('link', { name: 'View on the site' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);

  // The page shows the hero at 16:9 with the subject's end of it.
  const hero = page.locator('figure img').first();
  const position = await hero.evaluate((img) => getComputedStyle(img).objectPosition);
  expect(position).toBe('50% 100%');

  // The JSON-LD lists the share card and the three crops, each at its shape with the subject in it.
  const jsonLds = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text));
  const images: string[] = jsonLds.find((data) => data['@type'] === 'NewsArticle').image;
  expect(images).toHaveLength(4);
  const shapes = { '16x9': [1200, 675], '4x3': [1200, 900], '1x1': [1200, 1200] } as const;
  for (const [crop, [width, height]] of Object.entries(shapes)) {
    const url = images.find((image) => image.includes(`/media/crop/${crop}-${px}-${py}/`));
    expect(url, crop).toBeTruthy();
    const response = await request.get(new URL(url!).pathname);
    expect(response.headers()['content-type']).toBe('image/jpeg');
    expect(response.headers()['cache-control']).toContain('immutable');
    const bytes = Buffer.from(await response.body());
    expect(await sharp(bytes).metadata()).toMatchObject({ width, height });
    // Where the subject's centre falls in this crop: the crop's box in the original, then its scale.
    const scale = width / Math.min(1600, (1200 * width) / height);
    const left = Math.min(Math.max((px / 100) * 1600 - width / scale / 2, 0), 1600 - width / scale);
    const top = Math.min(Math.max((py / 100) * 1200 - height / scale / 2, 0), 1200 - height / scale);
    expect(await isRedAt(bytes, (fx * 1600 - left) * scale, (fy * 1200 - top) * scale), crop).toBe(true);
  }
  // Any other point is not drawn on request.
  expect((await request.get(new URL(images[1]!).pathname.replace(`-${px}-${py}/`, '-10-10/'))).status()).toBe(404);

  // The share image is a JPEG small enough for WhatsApp's preview, and keeps the subject beside the words.
  const share = await request.get(new URL(images[0]!).pathname);
  expect(share.headers()['content-type']).toBe('image/jpeg');
  const card = Buffer.from(await share.body());
  expect(card.length).toBeLessThan(300 * 1024);
  expect(await sharp(card).metadata()).toMatchObject({ width: 1200, height: 630 });
  // Cropped to 1600×840 from y 360 and drawn at 0.75: the subject's centre lands at (1050, 518).
  expect(await isRedAt(card, 1050, 518)).toBe(true);
});

test('a hero picked from the library brings its words and its focal point', async ({ page }) => {
  const headline = `Hero from the library ${run}`;
  await fillNewArticle(page, headline);
  await page.getByRole('button', { name: 'Pick from the library…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Pick the hero from the library' });
  await dialog.getByLabel('Search the library').fill('red square');
  await dialog.getByRole('button', { name: /A red square at the bottom right/ }).first().click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Alt text', { exact: true })).toHaveValue('A red square at the bottom right of a grey field');
  // The point set on the picture the first time is where this use starts.
  const across = page.getByRole('slider', { name: /Across/ });
  const first = articleRow(`Focal point on the subject ${run}`) as unknown as { hero_src: string; hero_focal_x: number; hero_focal_y: number };
  await expect(across).toHaveValue(String(Math.round(first.hero_focal_x * 100)));
  await across.fill('60');

  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('status')).toContainText('Saved.');
  const row = articleRow(headline) as unknown as { hero_src: string; hero_alt: string; hero_focal_x: number; hero_focal_y: number };
  expect(row.hero_src).toBe(first.hero_src);
  expect(row.hero_alt).toBe('A red square at the bottom right of a grey field');
  expect([row.hero_focal_x, row.hero_focal_y]).toEqual([0.6, first.hero_focal_y]);
  // The first article keeps its own crop.
  expect((articleRow(`Focal point on the subject ${run}`) as unknown as { hero_focal_x: number }).hero_focal_x).toBe(first.hero_focal_x);
});
