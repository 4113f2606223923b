import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { mediaNamePattern } from './schema';
import type { MediaStorage } from './storage';

/**
 * Pictures as files in one folder: the default on a single machine (MEDIA_DIR). Written to a
 * temporary name first, so a process killed mid-write leaves no half picture to be served.
 * Only files named as pictures are listed: `derived/` below is a cache, and a `.partial` left
 * by a killed process is no picture.
 */
export function folderStorage(dir: string): MediaStorage {
  const file = (name: string) => path.join(dir, path.basename(name));
  return {
    async put(name, bytes) {
      await fs.mkdir(dir, { recursive: true });
      // Unique per write: two uploads of the same picture at once must not share a temporary file.
      const partial = `${file(name)}.${randomUUID()}.partial`;
      await fs.writeFile(partial, bytes);
      await fs.rename(partial, file(name));
    },
    get: (name) => fs.readFile(file(name)).catch(() => null),
    exists: (name) =>
      fs.stat(file(name)).then(
        (stat) => stat.isFile(),
        () => false,
      ),
    async list() {
      const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
      return entries.filter((entry) => entry.isFile() && mediaNamePattern.test(entry.name)).map((entry) => entry.name);
    },
  };
}
