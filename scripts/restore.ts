// npm run restore -- <backup folder> [--force]
// Puts a backup made by npm run backup back: the database at SQLITE_PATH (or DATABASE_URL) and
// the pictures in the media storage. Run it before npm start; --force replaces a database that
// already holds data (stop the site first).
import { parseArgs } from 'node:util';
import { restoreBackup } from '../lib/backup/restore';
import { closeDb } from '../lib/db/client';

async function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean', default: false } } });
  if (positionals.length !== 1) throw new Error('Usage: npm run restore -- <backup folder> [--force]');
  const { manifest, counts, mediaFiles } = await restoreBackup(positionals[0]!, { force: values.force });
  console.log(`Restored the ${manifest.database.dialect} backup of ${manifest.createdAt} (${manifest.database.migrations.at(-1) ?? 'no migrations'}):`);
  console.log(`  ${counts.articles} articles, ${counts.revisions} revisions, ${counts.users} accounts, ${counts.feedback} feedback messages, ${mediaFiles} pictures`);
  console.log('Start the site with npm start (DATELINE_REBUILD=1 npm start if it was built before the restore).');
}

main()
  .catch((error: Error) => {
    console.error(error.message);
    process.exitCode = 1;
  })
  .finally(closeDb);
