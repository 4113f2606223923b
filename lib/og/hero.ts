import sharp from 'sharp';
import { readMedia } from '../media/storage';

// The share image's photo panel: the hero cropped to the panel and re-encoded as JPEG, which the
// image renderer reads (it does not read WebP). Kept per process: media names change with content.
const cache = new Map<string, Promise<string | null>>();
const maxEntries = 200;

export function heroDataUrl(src: string, width: number, height: number): Promise<string | null> {
  const key = `${src}@${width}x${height}`;
  let entry = cache.get(key);
  if (!entry) {
    entry = render(src, width, height);
    if (cache.size >= maxEntries) cache.delete(cache.keys().next().value!);
    cache.set(key, entry);
  }
  return entry;
}

async function render(src: string, width: number, height: number): Promise<string | null> {
  const name = src.replace(/^\/media\//, '');
  const bytes = await readMedia(name);
  if (!bytes) return null;
  const jpeg = await sharp(bytes).resize(width, height, { fit: 'cover' }).jpeg({ quality: 80 }).toBuffer();
  return `data:image/jpeg;base64,${jpeg.toString('base64')}`;
}
