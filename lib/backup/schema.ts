import { z } from 'zod';
import { mediaNamePattern } from '../media/schema';

// What a backup folder holds, described by its manifest.json. The manifest is read back with
// zod before anything is restored: a hand-edited or truncated one stops the restore with the
// field at fault.

export const manifestFileName = 'manifest.json';

/** The database's file inside a backup: a SQLite database file, or pg_dump's custom format. */
export const databaseFileNames = { sqlite: 'database.sqlite', postgres: 'database.dump' } as const;

/** Media files sit in `media/` under the name the site addresses them by (`/media/<name>`). */
export const mediaFolder = 'media';

/**
 * Only these paths may be named by a manifest, so a crafted one cannot make the restore read or
 * write outside the backup folder or the media storage.
 */
export function isBackupPath(file: string): boolean {
  if (file === databaseFileNames.sqlite || file === databaseFileNames.postgres) return true;
  const [folder, name, ...rest] = file.split('/');
  return folder === mediaFolder && rest.length === 0 && name !== undefined && mediaNamePattern.test(name);
}

export const fileEntrySchema = z.object({
  path: z.string().refine(isBackupPath, 'a backup holds database.sqlite, database.dump and media/<name> only'),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in hexadecimal'),
});

export type FileEntry = z.infer<typeof fileEntrySchema>;

const count = z.number().int().nonnegative();

export const countsSchema = z.object({
  articles: count,
  revisions: count,
  users: count,
  feedback: count,
  mediaFiles: count,
});

export type Counts = z.infer<typeof countsSchema>;

export const manifestSchema = z.object({
  format: z.literal('dateline-backup'),
  formatVersion: z.literal(1),
  /** When the database snapshot was taken. */
  createdAt: z.iso.datetime(),
  database: z.object({
    dialect: z.enum(['sqlite', 'postgres']),
    file: z.enum([databaseFileNames.sqlite, databaseFileNames.postgres]),
    /** How it was copied: "SQLite online backup", or pg_dump's version line. */
    tool: z.string(),
    /** The schema's version: the Kysely migrations applied, in order. */
    migrations: z.array(z.string()),
  }),
  counts: countsSchema,
  /** Pictures the database refers to that the media storage did not have when the backup ran. */
  missingMedia: z.array(z.string()),
  files: z.array(fileEntrySchema),
});

export type Manifest = z.infer<typeof manifestSchema>;
