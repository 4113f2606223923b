import { sql } from 'kysely';
import { getDb, type Db } from '../db/client';
import type { MediaTable } from '../db/schema';

// The media library: every uploaded picture with its alt text, caption and credit, for reuse.

export type LibraryImage = Pick<MediaTable, 'src' | 'width' | 'height' | 'alt' | 'caption' | 'credit'>;

/** Adds a picture; one already in the library (same file) keeps the words it has. */
export async function addToLibrary(image: LibraryImage, uploadedBy: number | null, db: Db = getDb()): Promise<void> {
  await db
    .insertInto('media')
    .values({ ...image, created_at: new Date().toISOString(), uploaded_by: uploadedBy })
    .onConflict((oc) => oc.column('src').doNothing())
    .execute();
}

/** The newest pictures whose alt text, caption or credit holds the words typed; all of them for none. */
export async function searchLibrary(query: string, limit = 12): Promise<LibraryImage[]> {
  let select = getDb().selectFrom('media').select(['src', 'width', 'height', 'alt', 'caption', 'credit']);
  for (const word of query.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 5)) {
    const pattern = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    select = select.where(sql<boolean>`lower(alt || ' ' || coalesce(caption, '') || ' ' || coalesce(credit, '')) like ${pattern} escape '\\'`);
  }
  return select.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}
