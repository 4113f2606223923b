import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as getCrop } from '../../app/media/crop/[variant]/[file]/route';
import { GET as getPicture } from '../../app/media/[file]/route';
import { closeDb, getDb } from '../db/client';
import { migrateToLatest } from '../db/migrate';
import { getEnv } from '../env';
import { renderArticleCard } from '../og/article-card';

// Two instances behind a load balancer share the database and nothing else. Instance A is
// another process with its own MEDIA_DIR (lib/media/test-upload-process.ts); this process is
// instance B, with a private MEDIA_DIR of its own that starts empty. What A uploads, B serves,
// crops and draws on a share card.

const run = promisify(execFile);
const subject = { left: 1400, top: 500, size: 100 };
const focal = { x: 0.9, y: 0.45 };
let otherMediaDir: string;
let hero: { src: string; width: number; height: number };
const name = () => path.basename(hero.src);
const ownMediaDir = () => path.resolve(getEnv().MEDIA_DIR);
const filesIn = (dir: string) => fs.readdir(dir, { recursive: true }).catch(() => [] as string[]);

async function redAt(bytes: Buffer, x: number, y: number) {
  const { data, info } = await sharp(bytes).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * 3;
  return data[at]! > 170 && data[at + 1]! < 60 && data[at + 2]! < 60;
}

beforeAll(async () => {
  await migrateToLatest();
  otherMediaDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-instance-a-'));
  const red = await sharp({ create: { width: subject.size, height: subject.size, channels: 3, background: '#d00000' } }).png().toBuffer();
  const photo = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#808080' } })
    .composite([{ input: red, left: subject.left, top: subject.top }])
    .jpeg({ quality: 95 })
    .toBuffer();
  const file = path.join(otherMediaDir, 'IMG_0001.JPG');
  await fs.writeFile(file, photo);
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'lib/media/test-upload-process.ts', file, 'A red square on grey'], {
    env: { ...process.env, MEDIA_DIR: otherMediaDir },
  });
  await fs.rm(file);
  hero = JSON.parse(stdout);
  // The editor sets the focal point (on either instance: it is a row in the shared database).
  await getDb().updateTable('media').set({ focal_x: focal.x, focal_y: focal.y }).where('src', '=', hero.src).execute();
}, 60_000);

afterAll(() => closeDb());

describe('a picture uploaded through another instance', () => {
  it('is stored in the database, in neither instance’s folder', async () => {
    expect(hero).toMatchObject({ src: expect.stringMatching(/^\/media\/upload-[a-f0-9]+\.webp$/), width: 1600, height: 1200 });
    expect(await filesIn(otherMediaDir)).toEqual([]);
    expect(await filesIn(ownMediaDir())).toEqual([]);
    const row = await getDb().selectFrom('media_blobs').select(['content_type', 'size']).where('name', '=', name()).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ content_type: 'image/webp', size: expect.any(Number) });
  });

  it('is served here at its address, cached for good', async () => {
    const response = await getPicture(new Request(`http://b.test${hero.src}`), { params: Promise.resolve({ file: name() }) });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('image/webp');
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(await sharp(bytes).metadata()).toMatchObject({ format: 'webp', width: 1600, height: 1200 });
    const missing = await getPicture(new Request('http://b.test/media/upload-0000000000000000.webp'), { params: Promise.resolve({ file: 'upload-0000000000000000.webp' }) });
    expect(missing.status).toBe(404);
  });

  it('is cropped here around its focal point, and the crop is kept in this instance’s own folder', async () => {
    const variant = '1x1-90-45';
    const response = await getCrop(new Request(`http://b.test/media/crop/${variant}/${name()}`), { params: Promise.resolve({ variant, file: name() }) });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('image/jpeg');
    const square = Buffer.from(await response.arrayBuffer());
    expect(await sharp(square).metadata()).toMatchObject({ width: 1200, height: 1200 });
    // The square runs from x 400 to 1600 of the original: the subject sits at 1000–1100 in it.
    expect(await redAt(square, subject.left - 400 + 50, subject.top + 50)).toBe(true);
    expect(await filesIn(path.join(ownMediaDir(), 'derived'))).toEqual([`1x1-90-45-${name().replace('.', '-')}.jpg`]);
    expect(await filesIn(otherMediaDir)).toEqual([]);
  });

  it('is drawn here as the share card’s backdrop', async () => {
    const card = async (heroSrc: string | null) => {
      const response = await renderArticleCard({ publication: 'Dateline', section: 'Media', headline: 'One upload, two instances', byline: 'Desk', date: 'Today', heroSrc, heroFocal: focal });
      return Buffer.from(await response.arrayBuffer());
    };
    const grey = async (bytes: Buffer, x: number, y: number) => {
      const { data, info } = await sharp(bytes).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      const at = (y * info.width + x) * 3;
      return [data[at]!, data[at + 1]!, data[at + 2]!].every((channel) => Math.abs(channel - 0x80) < 16);
    };
    // Left of the words the card shows the photo's grey; a card without a photo is paper there.
    expect(await grey(await card(hero.src), 100, 400)).toBe(true);
    expect(await grey(await card(null), 100, 400)).toBe(false);
  });
});
