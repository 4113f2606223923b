import { getDb, type Db } from '../db/client';
import type { MediaTable } from '../db/schema';
import { hasEveryWord } from '../db/word-search';
import type { FocalPoint } from './focal';

// The media library: every uploaded picture with its alt text, caption and credit, for reuse.

export type LibraryImage = Pick<MediaTable, 'src' | 'width' | 'height' | 'alt' | 'caption' | 'credit'>;

/** A picture as the library hands it out: with the focal point its next use starts from. */
export interface LibraryPicture extends LibraryImage {
  focal: FocalPoint;
}

/** Adds a picture; one already in the library (same file) keeps the words it has. */
export async function addToLibrary(image: LibraryImage, uploadedBy: number | null, db: Db = getDb()): Promise<void> {
  await db
    .insertInto('media')
    .values({ ...image, created_at: new Date().toISOString(), uploaded_by: uploadedBy })
    .onConflict((oc) => oc.column('src').doNothing())
    .execute();
}

const pictureColumns = ['src', 'width', 'height', 'alt', 'caption', 'credit', 'focal_x', 'focal_y'] as const;

function toPicture({ focal_x, focal_y, ...image }: LibraryImage & { focal_x: number; focal_y: number }): LibraryPicture {
  return { ...image, focal: { x: focal_x, y: focal_y } };
}

/** The newest pictures whose alt text, caption or credit holds the words typed; all of them for none. */
export async function searchLibrary(query: string, limit = 12): Promise<LibraryPicture[]> {
  const rows = await getDb()
    .selectFrom('media')
    .select(pictureColumns)
    .where((eb) => hasEveryWord(eb, ['alt', 'caption', 'credit'], query))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toPicture);
}

/** One picture of the library by its address, or null. */
export async function getLibraryPicture(src: string): Promise<LibraryPicture | null> {
  const row = await getDb()
    .selectFrom('media')
    .select(pictureColumns)
    .where('src', '=', src)
    .executeTakeFirst();
  return row ? toPicture(row) : null;
}
