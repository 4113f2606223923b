import sharp from 'sharp';
import { getDb } from '../db/client';
import { cropBox, cropRatios, focalPercents, type CropName, type FocalPoint } from './focal';
import { readDerived, readMedia, saveDerived } from './storage';

// The hero's crops at 16:9, 4:3 and 1:1 around its focal point, as files (their addresses are
// made in crop-urls.ts).

const widest = 1200;

/**
 * Only the points someone chose are drawn: the library's and those of the articles using the
 * picture. Any other point in a URL is refused, so nobody can make the server crop a picture
 * ten thousand ways.
 */
async function isChosenFocal(src: string, focal: FocalPoint): Promise<boolean> {
  const wanted = JSON.stringify(focalPercents(focal));
  const [library, articles] = await Promise.all([
    getDb().selectFrom('media').select(['focal_x as x', 'focal_y as y']).where('src', '=', src).execute(),
    getDb().selectFrom('articles').select(['hero_focal_x as x', 'hero_focal_y as y']).where('hero_src', '=', src).execute(),
  ]);
  return [...library, ...articles].some((point) => JSON.stringify(focalPercents(point)) === wanted);
}

/** The crop as JPEG, made once and kept; null when the picture or the point is unknown. */
export async function cropImage(file: string, crop: CropName, focal: FocalPoint): Promise<Buffer | null> {
  const { x, y } = focalPercents(focal);
  const derived = `${crop}-${x}-${y}-${file.replace(/\.[a-z]+$/, '')}.jpg`;
  const kept = await readDerived(derived);
  if (kept) return kept;
  if (!(await isChosenFocal(`/media/${file}`, focal))) return null;
  const original = await readMedia(file);
  if (!original) return null;
  const image = sharp(original).rotate();
  const { width = 0, height = 0 } = await image.metadata();
  const box = cropBox(width, height, cropRatios[crop], focal);
  const bytes = await image
    .extract(box)
    .resize({ width: Math.min(box.width, widest), withoutEnlargement: true })
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
  await saveDerived(derived, bytes);
  return bytes;
}
