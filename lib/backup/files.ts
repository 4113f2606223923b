import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { readMedia, saveMedia } from '../media/storage';
import { mediaFolder, type FileEntry } from './schema';

// The files of a backup: checksums, and pictures copied out of and back into the media storage.
// Pictures go through lib/media/storage.ts, whatever it keeps them on, never through its folder.

export async function describeFile(folder: string, file: string): Promise<FileEntry> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path.join(folder, file)) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    bytes += chunk.length;
  }
  return { path: file, bytes, sha256: hash.digest('hex') };
}

/** Every file named in the manifest, as it was written: a backup damaged in transit says so before it replaces anything. */
export async function findDamagedFiles(folder: string, files: FileEntry[]): Promise<string[]> {
  const damaged: string[] = [];
  for (const expected of files) {
    const actual = await describeFile(folder, expected.path).catch(() => null);
    if (!actual) damaged.push(`${expected.path}: missing`);
    else if (actual.bytes !== expected.bytes || actual.sha256 !== expected.sha256) damaged.push(`${expected.path}: changed since the backup`);
  }
  return damaged;
}

/** Copies each named picture from the media storage into `<folder>/media/`. */
export async function copyMediaOut(names: string[], folder: string): Promise<{ files: FileEntry[]; missing: string[] }> {
  await fs.mkdir(path.join(folder, mediaFolder), { recursive: true });
  const files: FileEntry[] = [];
  const missing: string[] = [];
  for (const name of names) {
    const bytes = await readMedia(name);
    if (!bytes) {
      missing.push(name);
      continue;
    }
    const file = `${mediaFolder}/${name}`;
    await fs.writeFile(path.join(folder, file), bytes);
    files.push({ path: file, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
  }
  return { files, missing };
}

/** Puts the backup's pictures back into the media storage; returns how many. */
export async function copyMediaIn(folder: string, files: FileEntry[]): Promise<number> {
  let copied = 0;
  for (const { path: file } of files) {
    if (!file.startsWith(`${mediaFolder}/`)) continue;
    await saveMedia(file.slice(mediaFolder.length + 1), await fs.readFile(path.join(folder, file)));
    copied++;
  }
  return copied;
}
