import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb } from '../db/client';
import { migrateToLatest } from '../db/migrate';
import { phonePhoto } from '../test/phone-photo';
import { maxUploadBytes, storeHeroUpload } from './hero-upload';
import { readMedia } from './storage';

// Real images, made here the way a phone makes them (lib/test/phone-photo.ts).
const asFile = (bytes: Buffer, name: string, type: string) => new File([new Uint8Array(bytes)], name, { type });

// On PostgreSQL the pictures are stored in the database.
beforeAll(async () => {
  await migrateToLatest();
});
afterAll(() => closeDb());

describe('hero uploads', () => {
  it('takes a multi-megabyte phone photo: upright, resized, and with no location or camera left in it', async () => {
    const photo = await phonePhoto();
    expect(photo.length).toBeGreaterThan(2 * 1024 * 1024);
    const original = await sharp(photo).metadata();
    expect(original.orientation).toBe(6);
    expect(original.exif?.includes(Buffer.from('PhoneMaker'))).toBe(true);
    // The GPS IFD pointer (tag 0x8825, little-endian).
    expect(original.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true);

    const result = await storeHeroUpload(asFile(photo, 'IMG_0001.JPG', 'image/jpeg'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // Taken sideways: stored portrait, 1600 px wide.
    expect(result.hero).toMatchObject({ width: 1600, height: 2133 });
    const stored = (await readMedia(path.basename(result.hero.src)))!;
    const meta = await sharp(stored).metadata();
    expect(meta.format).toBe('webp');
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(stored.includes(Buffer.from('PhoneMaker'))).toBe(false);
  });

  it('goes by the bytes, not the name or declared type: an SVG called .png is refused', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
    const result = await storeHeroUpload(asFile(svg, 'photo.png', 'image/png'));
    expect(result).toEqual({ ok: false, message: expect.stringContaining('not one, whatever its name says') });
  });

  it('refuses a small file that unpacks into too many pixels', async () => {
    const bomb = await sharp({ create: { width: 10_000, height: 8_000, channels: 3, background: '#fff' } }).png().toBuffer();
    expect(bomb.length).toBeLessThan(maxUploadBytes);
    const result = await storeHeroUpload(asFile(bomb, 'white.png', 'image/png'));
    expect(result).toEqual({ ok: false, message: expect.stringContaining('50 million pixels') });
  });

  it('refuses a file over the stated limit with a message that says so', async () => {
    const result = await storeHeroUpload(asFile(Buffer.alloc(maxUploadBytes + 1), 'big.jpg', 'image/jpeg'));
    expect(result).toEqual({ ok: false, message: expect.stringContaining('larger than 10 MB') });
  });
});
