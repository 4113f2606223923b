import path from 'node:path';
import { getEnv } from '../env';
import { mediaNamePattern } from './schema';
import { databaseStorage } from './storage-database';
import { folderStorage } from './storage-folder';
import { s3Storage } from './storage-s3';

// Where uploaded pictures (the stripped, re-encoded originals) are kept, by file name. Every
// instance must read what any one of them stored, so with several instances they live in an S3
// bucket (MEDIA_S3_BUCKET) or in PostgreSQL (DATABASE_URL); a single machine on SQLite keeps
// them in MEDIA_DIR. app/media/[file]/route.ts serves them; pictures made from them (crops) are
// each instance's own cache (lib/media/derived-cache.ts).

export interface MediaStorage {
  /** Stores the bytes under the name, replacing any picture of that name. */
  put(name: string, bytes: Uint8Array): Promise<void>;
  /** The picture's bytes, or null when there is no picture of that name. */
  get(name: string): Promise<Buffer | null>;
  exists(name: string): Promise<boolean>;
  /** Every picture's name. */
  list(): Promise<string[]>;
}

export type MediaStorageKind = 'folder' | 'database' | 's3';

export function getMediaStorageKind(): MediaStorageKind {
  const env = getEnv();
  if (env.MEDIA_S3_BUCKET) return 's3';
  return env.DATABASE_URL ? 'database' : 'folder';
}

let configured: MediaStorage | undefined;

/** The storage this instance keeps and reads pictures in. */
export function getMediaStorage(): MediaStorage {
  configured ??= createStorage(getMediaStorageKind());
  return configured;
}

function createStorage(kind: MediaStorageKind): MediaStorage {
  const env = getEnv();
  if (kind === 's3') {
    return checkedNames(
      s3Storage({
        bucket: env.MEDIA_S3_BUCKET!,
        endpoint: env.MEDIA_S3_ENDPOINT,
        region: env.MEDIA_S3_REGION,
        accessKeyId: env.MEDIA_S3_ACCESS_KEY_ID,
        secretAccessKey: env.MEDIA_S3_SECRET_ACCESS_KEY,
      }),
    );
  }
  return kind === 'database' ? checkedNames(databaseStorage()) : mediaFolderStorage();
}

/** The pictures in MEDIA_DIR, whatever the configured storage: where `npm run media:migrate` copies from. */
export function mediaFolderStorage(): MediaStorage {
  return checkedNames(folderStorage(path.resolve(getEnv().MEDIA_DIR)));
}

/**
 * Only media file names reach a storage: a name from a URL can hold neither a path nor a key
 * outside the pictures, and whatever else a bucket holds is no picture to list.
 */
function checkedNames(storage: MediaStorage): MediaStorage {
  const isName = (name: string) => mediaNamePattern.test(name);
  return {
    put: async (name, bytes) => {
      if (!isName(name)) throw new Error(`Not a media file name: ${name}`);
      await storage.put(name, bytes);
    },
    get: async (name) => (isName(name) ? storage.get(name) : null),
    exists: async (name) => isName(name) && storage.exists(name),
    list: async () => (await storage.list()).filter(isName),
  };
}

export function mediaUrl(name: string): string {
  return `/media/${name}`;
}

/** Stores a picture where every instance finds it; returns its address. */
export async function saveMedia(name: string, bytes: Uint8Array): Promise<string> {
  await getMediaStorage().put(name, bytes);
  return mediaUrl(name);
}

export function readMedia(name: string): Promise<Buffer | null> {
  return getMediaStorage().get(name);
}
