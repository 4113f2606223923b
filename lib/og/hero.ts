import sharp from 'sharp';
import { cropBox, focalPercents, type FocalPoint } from '../media/focal';
import { readMedia } from '../media/storage';

// The share image's backdrop: the hero cropped around its focal point, with the band the words
// sit on blurred and darkened so white type reads on any photo. Kept decoded (about 3 MB each)
// for the few pictures drawn last: a burst of cards for one article, or the editor's preview as
// the focal point moves, reuses it; more would hold hundreds of megabytes per process.
const cache = new Map<string, Promise<RawImage | null>>();
const maxEntries = 8;

/** Decoded pixels, as sharp reads them back with `sharp(data, { raw: info })`. */
export interface RawImage {
  data: Buffer;
  info: { width: number; height: number; channels: 1 | 2 | 3 | 4 };
}

export interface Backdrop {
  width: number;
  height: number;
  /** The band under the words, full height. */
  band: { left: number; width: number };
}

export function heroBackdrop(src: string, focal: FocalPoint, backdrop: Backdrop): Promise<RawImage | null> {
  const { x, y } = focalPercents(focal);
  const key = `${src}@${JSON.stringify(backdrop)}@${x},${y}`;
  let entry = cache.get(key);
  // Most recently used last, so the first key is the one to let go.
  if (entry) cache.delete(key);
  else entry = render(src, focal, backdrop);
  cache.set(key, entry);
  if (cache.size > maxEntries) cache.delete(cache.keys().next().value!);
  return entry;
}

async function render(src: string, focal: FocalPoint, { width, height, band }: Backdrop): Promise<RawImage | null> {
  const bytes = await readMedia(src.replace(/^\/media\//, ''));
  if (!bytes) return null;
  const source = sharp(bytes);
  const { width: fullWidth = width, height: fullHeight = height } = await source.metadata();
  const photo = await source
    .extract(cropBox(fullWidth, fullHeight, width / height, focal))
    .resize(width, height, { fit: 'cover' })
    .png()
    .toBuffer();
  const under = await sharp(photo)
    .extract({ left: band.left, top: 0, width: band.width, height })
    .blur(28)
    .modulate({ brightness: 0.3 })
    .png()
    .toBuffer();
  // Kept decoded: each card lays its words over it and is encoded once, as JPEG.
  const { data, info } = await sharp(photo).composite([{ input: under, left: band.left, top: 0 }]).raw().toBuffer({ resolveWithObject: true });
  return { data, info: { width: info.width, height: info.height, channels: info.channels } };
}
