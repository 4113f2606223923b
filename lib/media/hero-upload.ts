import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { saveMedia } from './storage';

export const maxUploadBytes = 10 * 1024 * 1024;
const acceptedTypes = ['image/jpeg', 'image/png', 'image/webp'];

export type UploadResult = { ok: true; hero: { src: string; width: number; height: number } } | { ok: false; message: string };

/** An editor's hero image: checked, resized to at most 1600 px wide and stored as WebP. */
export async function storeHeroUpload(file: File): Promise<UploadResult> {
  if (!acceptedTypes.includes(file.type)) return { ok: false, message: 'Upload a JPEG, PNG or WebP image.' };
  if (file.size > maxUploadBytes) return { ok: false, message: 'The image is larger than 10 MB.' };
  try {
    const output = await sharp(Buffer.from(await file.arrayBuffer()))
      .rotate()
      .resize({ width: 1600, withoutEnlargement: true })
      .webp({ quality: 72 })
      .toBuffer({ resolveWithObject: true });
    const name = `upload-${createHash('sha256').update(output.data).digest('hex').slice(0, 16)}.webp`;
    const src = await saveMedia(name, output.data);
    return { ok: true, hero: { src, width: output.info.width, height: output.info.height } };
  } catch {
    return { ok: false, message: 'That file could not be read as an image.' };
  }
}
