'use server';

import { z } from 'zod';
import { requireRole } from '../auth/current-user';
import { storeHeroUpload } from './hero-upload';
import { addToLibrary, searchLibrary, type LibraryImage, type LibraryPicture } from './library';

const wordsSchema = z.object({
  alt: z.string().trim().min(1, 'Describe the picture for readers who cannot see it (alt text).').max(300),
  caption: z.string().trim().max(500).optional(),
  credit: z.string().trim().max(120).optional(),
});

export type StoryImageResult = { ok: true; image: LibraryImage } | { ok: false; message: string };

/** A picture uploaded from the story editor: stored like a hero image, kept in the library, handed back for the story. */
export async function uploadStoryImage(formData: FormData): Promise<StoryImageResult> {
  const user = await requireRole('contributor');
  const words = wordsSchema.safeParse({
    alt: formData.get('alt') ?? '',
    caption: formData.get('caption') || undefined,
    credit: formData.get('credit') || undefined,
  });
  if (!words.success) return { ok: false, message: words.error.issues[0]!.message };
  const file = formData.get('file');
  if (!(file instanceof File) || file.size === 0) return { ok: false, message: 'Choose a picture to upload.' };
  const upload = await storeHeroUpload(file);
  if (!upload.ok) return upload;
  const image = { ...upload.hero, alt: words.data.alt, caption: words.data.caption ?? null, credit: words.data.credit ?? null };
  await addToLibrary(image, user.id);
  return { ok: true, image };
}

/** Pictures from the library for the editor's picker; only those with alt text can go in a story. */
export async function findLibraryImages(query: string): Promise<LibraryPicture[]> {
  await requireRole('contributor');
  const words = z.string().max(100).catch('').parse(query);
  return (await searchLibrary(words)).filter((image) => image.alt.trim());
}
