import fs from 'node:fs/promises';
import path from 'node:path';
import { getEnv } from '../env';
import { mediaNamePattern } from './schema';

// Pictures made from the originals (crops) are kept on this instance's disk, under
// MEDIA_DIR/derived, so each is made once per instance. Nothing else relies on them: an instance
// with an empty folder makes them again from the original in the shared storage (./storage.ts).
// Written to a temporary name first: a process killed mid-write leaves no half picture to be served.

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
