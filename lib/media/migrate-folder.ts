import { getMediaStorage, getMediaStorageKind, mediaFolderStorage, type MediaStorage, type MediaStorageKind } from './storage';

// `npm run media:migrate` (scripts/media-migrate.ts): the pictures a single machine kept in
// MEDIA_DIR, copied into the storage every instance reads once DATABASE_URL or MEDIA_S3_BUCKET
// is set.

export interface CopyCounts {
  /** Pictures copied on this run. */
  copied: number;
  /** Pictures the storage held already (from an earlier run, or uploaded since). */
  present: number;
}

/**
 * Copies every picture of `from` that `to` lacks. Run again, it copies nothing: names are unique
 * to their bytes, so a name already there is the same picture. Only originals are copied (a
 * folder's list leaves out derived/); every instance remakes crops from them.
 */
export async function copyPictures(from: MediaStorage, to: MediaStorage): Promise<CopyCounts> {
  const counts: CopyCounts = { copied: 0, present: 0 };
  for (const name of await from.list()) {
    if (await to.exists(name)) {
      counts.present++;
      continue;
    }
    const bytes = await from.get(name);
    // Gone since it was listed: nothing to copy.
    if (!bytes) continue;
    await to.put(name, bytes);
    counts.copied++;
  }
  return counts;
}

export type FolderMigration = ({ to: Exclude<MediaStorageKind, 'folder'> } & CopyCounts) | { to: 'folder' };

/** Copies MEDIA_DIR's pictures into the configured storage; nothing to do when that is MEDIA_DIR itself. */
export async function migrateMediaFolder(): Promise<FolderMigration> {
  const to = getMediaStorageKind();
  if (to === 'folder') return { to };
  return { to, ...(await copyPictures(mediaFolderStorage(), getMediaStorage())) };
}
