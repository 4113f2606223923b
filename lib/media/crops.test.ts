import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, getDb } from '../db/client';
import { migrateToLatest } from '../db/migrate';
import { cropUrl, parseCropVariant } from './crop-urls';
import { cropImage } from './crops';
import { addToLibrary } from './library';
import { saveMedia } from './storage';

// A grey 1600×900 picture with a red square far to the right, where its subject is.
const name = 'crop-test-subject.png';
const subject = { left: 1400, top: 400, size: 100 };
const focal = { x: 0.9, y: 0.5 };

async function colourAt(bytes: Buffer, x: number, y: number) {
  const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return [data[at]!, data[at + 1]!, data[at + 2]!] as const;
}

beforeAll(async () => {
  await migrateToLatest();
  const red = await sharp({ create: { width: subject.size, height: subject.size, channels: 3, background: '#d00000' } }).png().toBuffer();
  const picture = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#808080' } })
    .composite([{ input: red, left: subject.left, top: subject.top }])
    .png()
    .toBuffer();
  const src = await saveMedia(name, picture);
  await addToLibrary({ src, width: 1600, height: 900, alt: 'A red square', caption: null, credit: null }, null);
  await getDb().updateTable('media').set({ focal_x: focal.x, focal_y: focal.y }).where('src', '=', src).execute();
});

afterAll(() => closeDb());

describe('crop files around the focal point', () => {
  it('keeps the subject in the square crop, where a centred crop would lose it', async () => {
    const square = (await cropImage(name, '1x1', focal))!;
    expect(await sharp(square).metadata()).toMatchObject({ width: 900, height: 900, format: 'jpeg' });
    // The square runs from x 700 to 1600 of the original: the subject sits at 700–800 in it.
    const [r, g, b] = await colourAt(square, subject.left - 700 + 50, subject.top + 50);
    expect(r).toBeGreaterThan(180);
    expect(g + b).toBeLessThan(80);
  });

  it('makes 16:9 and 4:3 at their shapes', async () => {
    expect(await sharp((await cropImage(name, '4x3', focal))!).metadata()).toMatchObject({ width: 1200, height: 900 });
    expect(await sharp((await cropImage(name, '16x9', focal))!).metadata()).toMatchObject({ width: 1200, height: 675 });
  });

  it('draws only points someone chose, not any point a URL names', async () => {
    expect(await cropImage(name, '1x1', { x: 0.3, y: 0.3 })).toBeNull();
    expect(await cropImage('not-in-the-library.png', '1x1', focal)).toBeNull();
  });

  it('names the point in the address, so the address changes when the point moves', () => {
    const url = cropUrl(`/media/${name}`, '1x1', focal);
    expect(url).toBe(`/media/crop/1x1-90-50/${name}`);
    expect(parseCropVariant('1x1-90-50')).toEqual({ crop: '1x1', focal });
    expect(parseCropVariant('1x1-101-50')).toBeNull();
    expect(parseCropVariant('2x1-50-50')).toBeNull();
  });
});
