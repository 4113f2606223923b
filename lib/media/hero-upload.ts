import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { saveMedia } from './storage';
import { maxUploadBytes } from './upload-limits';

export { maxUploadBytes };
/** More pixels than any camera takes: a small file that unpacks into more is a decompression bomb. */
export const maxUploadPixels = 50_000_000;

export type UploadResult = { ok: true; hero: { src: string; width: number; height: number } } | { ok: false; message: string };

/** The image format a file's first bytes announce, whatever its name or declared type says. */
export function sniffImageType(bytes: Uint8Array): 'jpeg' | 'png' | 'webp' | null {
  const ascii = (start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (ascii(1, 4) === 'PNG' && bytes[0] === 0x89 && bytes[4] === 0x0d && bytes[5] === 0x0a) return 'png';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  return null;
}

/**
 * An editor's hero image: checked by its bytes, turned upright as the camera recorded, resized to
 * at most 1600 px wide and stored as WebP. Nothing of the original's metadata is kept: no GPS
 * position, camera or owner, which could point to a source.
 */
export async function storeHeroUpload(file: File): Promise<UploadResult> {
  if (file.size > maxUploadBytes) return { ok: false, message: 'The image is larger than 10 MB. Export a smaller copy and upload that.' };
  const bytes = Buffer.from(await file.arrayBuffer());
  const type = sniffImageType(bytes);
  if (!type) return { ok: false, message: 'Upload a JPEG, PNG or WebP image (this file is not one, whatever its name says).' };
  try {
    const image = sharp(bytes, { limitInputPixels: maxUploadPixels, failOn: 'error' });
    const { format } = await image.metadata();
    if (format !== type) return { ok: false, message: 'Upload a JPEG, PNG or WebP image (this file is not one, whatever its name says).' };
    const output = await image
      .rotate()
      .resize({ width: 1600, withoutEnlargement: true })
      .webp({ quality: 72 })
      .toBuffer({ resolveWithObject: true });
    const name = `upload-${createHash('sha256').update(output.data).digest('hex').slice(0, 16)}.webp`;
    const src = await saveMedia(name, output.data);
    return { ok: true, hero: { src, width: output.info.width, height: output.info.height } };
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) {
      return { ok: false, message: 'The image has more than 50 million pixels. Export a smaller copy and upload that.' };
    }
    return { ok: false, message: 'That file could not be read as an image.' };
  }
}
