import fs from 'node:fs/promises';
import path from 'node:path';
import { getEnv } from '../env';
import { mediaNamePattern } from './schema';

// Images live on disk under MEDIA_DIR and are served by app/media/[file]/route.ts.

export function mediaUrl(name: string): string {
  return `/media/${name}`;
}

function mediaPath(name: string): string {
  if (!mediaNamePattern.test(name)) throw new Error(`Not a media file name: ${name}`);
  return path.join(path.resolve(getEnv().MEDIA_DIR), name);
}

export async function saveMedia(name: string, bytes: Uint8Array): Promise<string> {
  const file = mediaPath(name);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, bytes);
  return mediaUrl(name);
}

export async function readMedia(name: string): Promise<Buffer | null> {
  if (!mediaNamePattern.test(name)) return null;
  try {
    return await fs.readFile(mediaPath(name));
  } catch {
    return null;
  }
}

// Pictures made from the originals (crops) are kept beside them, so each is made once. Written
// to a temporary name first: a process killed mid-write leaves no half picture to be served.
function derivedPath(name: string): string {
  return path.join(path.resolve(getEnv().MEDIA_DIR), 'derived', name);
}

export async function readDerived(name: string): Promise<Buffer | null> {
  if (!mediaNamePattern.test(name)) return null;
  return fs.readFile(derivedPath(name)).catch(() => null);
}

export async function saveDerived(name: string, bytes: Uint8Array): Promise<void> {
  const file = derivedPath(name);
  await fs.mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  await fs.writeFile(partial, bytes);
  await fs.rename(partial, file);
}
