import fs from 'node:fs/promises';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { getSite } from '../../site';
import { listMediaNames, listMigrations } from '../inventory';
import { readSnapshot } from '../snapshot';
import { exportArticles } from './articles';
import { exportFormatVersion, exportReadme, storyJsonSchema } from './format';
import { exportMedia } from './media';
import { NdjsonFile } from './ndjson';
import { exportFeedback, exportLiveUpdates, exportPeople, exportRevisions } from './records';

// `npm run export -- <folder>`: the publication's content and pictures in the open format that
// export/format.ts documents, read from one consistent snapshot while the site serves.

export interface ExportSummary {
  folder: string;
  counts: { articles: number; revisions: number; liveUpdates: number; people: number; feedback: number; media: number };
  missingMedia: string[];
}

async function emptyFolder(folder: string): Promise<void> {
  const entries = await fs.readdir(folder).catch(() => null);
  if (entries && entries.length > 0) throw new Error(`${folder} is not empty: export into a new folder.`);
  await fs.mkdir(folder, { recursive: true });
}

async function writeLines(folder: string, file: string, write: (out: NdjsonFile) => Promise<unknown>): Promise<number> {
  const out = new NdjsonFile(path.join(folder, file));
  try {
    await write(out);
  } finally {
    await out.close();
  }
  return out.lines;
}

async function exportAll(db: Kysely<Database>, folder: string) {
  const lines = (file: string, write: (out: NdjsonFile) => Promise<unknown>) => writeLines(folder, file, write);
  let missingMedia: string[] = [];
  const counts = {
    articles: await lines('articles.ndjson', (out) => exportArticles(db, out)),
    revisions: await lines('revisions.ndjson', (out) => exportRevisions(db, out)),
    liveUpdates: await lines('live-updates.ndjson', (out) => exportLiveUpdates(db, out)),
    people: await lines('people.ndjson', (out) => exportPeople(db, out)),
    feedback: await lines('feedback.ndjson', (out) => exportFeedback(db, out)),
    media: await lines('media.ndjson', async (out) => {
      missingMedia = await exportMedia(db, await listMediaNames(db), folder, out);
    }),
  };
  return { counts, missingMedia, schemaMigrations: await listMigrations(db) };
}

export async function exportPublication(folder: string): Promise<ExportSummary> {
  const target = path.resolve(folder);
  await emptyFolder(target);
  const exportedAt = new Date().toISOString();
  const { counts, missingMedia, schemaMigrations } = await readSnapshot((db) => exportAll(db, target));
  const site = getSite();
  const about = {
    format: 'dateline-export',
    formatVersion: exportFormatVersion,
    exportedAt,
    publication: { name: site.name, url: site.url, language: site.language, timeZone: site.timeZone },
    schemaMigrations,
    counts,
    missingMedia,
  };
  await fs.writeFile(path.join(target, 'export.json'), `${JSON.stringify(about, null, 2)}\n`);
  await fs.writeFile(path.join(target, 'story.schema.json'), `${JSON.stringify(storyJsonSchema(), null, 2)}\n`);
  await fs.writeFile(path.join(target, 'README.md'), exportReadme(site.name));
  return { folder: target, counts, missingMedia };
}
