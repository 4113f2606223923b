// npm run media:migrate: copies the pictures kept in MEDIA_DIR into the storage every instance
// reads (PostgreSQL with DATABASE_URL, or the MEDIA_S3_BUCKET bucket). Safe to run again: a
// picture already there is not copied twice. Crops under MEDIA_DIR/derived are left; each
// instance makes its own.
import path from 'node:path';
import { closeDb } from '../lib/db/client';
import { migrateToLatest } from '../lib/db/migrate';
import { getEnv } from '../lib/env';
import { migrateMediaFolder } from '../lib/media/migrate-folder';

async function main() {
  const env = getEnv();
  const from = path.resolve(env.MEDIA_DIR);
  // The media_blobs table must exist before anything is copied into it.
  await migrateToLatest();
  const result = await migrateMediaFolder();
  if (result.to === 'folder') {
    console.log(`[media] pictures are kept in ${from} already: set DATABASE_URL or MEDIA_S3_BUCKET to say where they should go.`);
    return;
  }
  const to = result.to === 's3' ? `the bucket ${env.MEDIA_S3_BUCKET}` : 'the database (media_blobs)';
  console.log(`[media] ${from} → ${to}: copied ${result.copied}, already there ${result.present}.`);
}

main()
  .catch((error: Error) => {
    console.error(error.message);
    process.exitCode = 1;
  })
  .finally(closeDb);
