import sharp from 'sharp';
import { readMedia } from '../media/storage';

// The share image's picture panel: the hero cropped to the panel and re-encoded as PNG, which the
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
  // PNG, not JPEG: the illustrations are flat colour, and JPEG noise would make the final PNG
  // slower to encode and larger.
  const png = await sharp(bytes).resize(width, height, { fit: 'cover' }).png({ compressionLevel: 1 }).toBuffer();
  return `data:image/png;base64,${png.toString('base64')}`;
}
