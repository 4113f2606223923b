// npm run backup -- [folder]
// A consistent snapshot of the database and the pictures it refers to, taken while the site
// serves, into <folder>/dateline-<time>/ (default data/backups). Copy it off this disk.
import { parseArgs } from 'node:util';
import { takeBackup } from '../lib/backup/backup';
import { closeDb } from '../lib/db/client';

/** The first few names of a long list, and how many more. */
const someOf = (names: string[]) => (names.length > 5 ? `${names.slice(0, 5).join(', ')} and ${names.length - 5} more` : names.join(', '));

async function main() {
  const { positionals } = parseArgs({ allowPositionals: true });
  const { folder, manifest, timings } = await takeBackup(positionals[0] ?? 'data/backups');
  const { articles, revisions, users, feedback, mediaFiles } = manifest.counts;
  const bytes = manifest.files.reduce((sum, f) => sum + f.bytes, 0);
  console.log(`Backed up ${manifest.database.dialect} (${manifest.database.migrations.at(-1) ?? 'no migrations'}) to ${folder}`);
  console.log(`  ${articles} articles, ${revisions} revisions, ${users} accounts, ${feedback} feedback messages, ${mediaFiles} pictures`);
  console.log(`  ${(bytes / 1e6).toFixed(1)} MB; database in ${Math.round(timings.database)} ms, all in ${Math.round(timings.total)} ms`);
  if (manifest.missingMedia.length > 0) {
    console.warn(`  missing from the media storage already (not in the backup): ${someOf(manifest.missingMedia)}`);
  }
  console.log('Copy it to another disk or machine: a backup beside the database is lost with it.');
}

main()
  .catch((error: Error) => {
    console.error(error.message);
    process.exitCode = 1;
  })
  .finally(closeDb);
