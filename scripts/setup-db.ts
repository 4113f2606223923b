// Brings the database to the latest schema and imports the sample content if it is missing.
// Run by scripts/prepare.mjs before every build and start; safe to run any number of times.
import path from 'node:path';
import { closeDb, getDb, getDialect } from '../lib/db/client';
import { migrateToLatest } from '../lib/db/migrate';
import { importContent } from '../lib/newsroom/import';
import { ContentError } from '../lib/newsroom/content';

async function main() {
  const applied = await migrateToLatest();
  if (applied.length > 0) console.log(`[db] ${getDialect()}: applied ${applied.join(', ')}`);
  const { imported } = await importContent(getDb(), path.resolve('content'));
  if (imported > 0) console.log(`[content] imported ${imported} sample articles`);
  await closeDb();
}

main().catch((error) => {
  console.error(error instanceof ContentError ? `[content] ${error.message}` : error);
  process.exit(1);
});
