import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { mediaUrl, readMedia } from '../../media/storage';
import { pageSize } from '../pages';
import { mediaFolder } from '../schema';
import type { NdjsonFile } from './ndjson';

// media/ and media.ndjson: each picture the content refers to, as a file, and one line for it
// with the words the media library keeps about it (pictures never added to the library, such as
// a hero saved without alt text, have none; their words are on the article that uses them).

/** Writes the pictures; returns the names the storage did not have. */
export async function exportMedia(db: Kysely<Database>, names: string[], folder: string, out: NdjsonFile): Promise<string[]> {
  await fs.mkdir(path.join(folder, mediaFolder), { recursive: true });
  const missing: string[] = [];
  for (let start = 0; start < names.length; start += pageSize) {
    const chunk = names.slice(start, start + pageSize);
    const library = new Map(
      (
        await db
          .selectFrom('media')
          .selectAll()
          .where(
            'src',
            'in',
            chunk.map((name) => mediaUrl(name)),
          )
          .execute()
      ).map((row) => [row.src, row]),
    );
    for (const name of chunk) {
      const bytes = await readMedia(name);
      if (!bytes) {
        missing.push(name);
        continue;
      }
      const file = `${mediaFolder}/${name}`;
      await fs.writeFile(path.join(folder, file), bytes);
      const entry = library.get(mediaUrl(name));
      await out.write({
        file,
        src: mediaUrl(name),
        bytes: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        inLibrary: entry !== undefined,
        width: entry?.width ?? null,
        height: entry?.height ?? null,
        alt: entry?.alt ?? null,
        caption: entry?.caption ?? null,
        credit: entry?.credit ?? null,
        focal: entry ? { x: entry.focal_x, y: entry.focal_y } : null,
        createdAt: entry?.created_at ?? null,
      });
    }
  }
  return missing;
}
