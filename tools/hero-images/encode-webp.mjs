import sharp from 'sharp';
import { W, H } from './canvas.mjs';

export const WEBP = { quality: 68, effort: 6, smartSubsample: true };
// Hero images are on every article page, so they are held to a byte budget:
// re-encoded at lower quality above the target, reported above the ceiling.
const TARGET_BYTES = 60 * 1024;
const MIN_QUALITY = 50;
export const MAX_BYTES = 90 * 1024;

/** Rasterises the SVG at W×H and encodes it as WebP within the byte budget. */
export async function encodeWebp(svg) {
  const raster = await sharp(Buffer.from(svg), { density: 72 }).resize(W, H, { fit: 'fill' }).png().toBuffer();
  let quality = WEBP.quality;
  let data = await sharp(raster).webp({ ...WEBP, quality }).toBuffer();
  while (data.length > TARGET_BYTES && quality > MIN_QUALITY) {
    quality = Math.max(MIN_QUALITY, quality - 6);
    data = await sharp(raster).webp({ ...WEBP, quality }).toBuffer();
  }
  return { data, quality };
}
