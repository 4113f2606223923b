import { getDb } from '../db/client';
import { mediaContentType } from './schema';
import type { MediaStorage } from './storage';

/**
 * Pictures in the database's media_blobs table: every instance on one PostgreSQL reads what any
 * of them stored, with nothing else to run. Uploads are re-encoded to at most 1600 px (a few
 * hundred kilobytes), well within what a row holds comfortably.
 */
export function databaseStorage(): MediaStorage {
  return {
    async put(name, bytes) {
      const body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      await getDb()
        .insertInto('media_blobs')
        .values({ name, body, content_type: mediaContentType(name), size: body.byteLength, created_at: new Date().toISOString() })
        // The bytes are sent once, not again for the update.
        .onConflict((oc) =>
          oc.column('name').doUpdateSet((eb) => ({
            body: eb.ref('excluded.body'),
            content_type: eb.ref('excluded.content_type'),
            size: eb.ref('excluded.size'),
          })),
        )
        .execute();
    },
    async get(name) {
      const row = await getDb().selectFrom('media_blobs').select('body').where('name', '=', name).executeTakeFirst();
      return row?.body ?? null;
    },
    async exists(name) {
      return (await getDb().selectFrom('media_blobs').select('name').where('name', '=', name).executeTakeFirst()) !== undefined;
    },
    async list() {
      return (await getDb().selectFrom('media_blobs').select('name').orderBy('name').execute()).map((row) => row.name);
    },
  };
}
