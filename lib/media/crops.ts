import { sql } from 'kysely';
import sharp from 'sharp';
import { getDb } from '../db/client';
import { cropBox, cropRatios, focalPercents, type CropName, type FocalPoint } from './focal';
import { readDerived, saveDerived } from './derived-cache';
import { readMedia } from './storage';

// The hero's crops at 16:9, 4:3 and 1:1 around its focal point, as files (their addresses are
// made in crop-urls.ts).

const widest = 1200;

/**
 * Only the points someone chose are drawn: the library's and those of the articles using the
 * picture. Any other point in a URL is refused, so nobody can make the server crop a picture
 * ten thousand ways.
 */
async function isChosenFocal(src: string, focal: FocalPoint): Promise<boolean> {
  const { x, y } = focalPercents(focal);
  // Whole percentages in the URL; the stored fractions are matched within half a percent.
  const near = (column: string, value: number) => sql<boolean>`abs(${sql.ref(column)} - ${value / 100}) < 0.00501`;
  const chosen = await getDb()
    .selectFrom('media')
    .select('id')
    .where('src', '=', src)
    .where(near('focal_x', x))
    .where(near('focal_y', y))
    .unionAll(getDb().selectFrom('articles').select('id').where('hero_src', '=', src).where(near('hero_focal_x', x)).where(near('hero_focal_y', y)))
    .limit(1)
    .executeTakeFirst();
  return chosen !== undefined;
}

/** The crop as JPEG, made once per instance and kept; null when the picture or the point is unknown. */
export async function cropImage(file: string, crop: CropName, focal: FocalPoint): Promise<Buffer | null> {
  const { x, y } = focalPercents(focal);
  // The source's extension stays in the name: "a.png" and "a.webp" are different pictures.
  const derived = `${crop}-${x}-${y}-${file.replace('.', '-')}.jpg`;
  const kept = await readDerived(derived);
  if (kept) return kept;
  if (!(await isChosenFocal(`/media/${file}`, focal))) return null;
  const original = await readMedia(file);
  if (!original) return null;
  // Uploads are stored upright (lib/media/hero-upload.ts): the stored size is the one to crop.
  const image = sharp(original);
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
