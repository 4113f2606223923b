// npm run export -- <folder>
// The publication's content and pictures in an open, documented format (JSON Lines and files,
// described by the README.md written beside them) that another system can import.
import { parseArgs } from 'node:util';
import { exportPublication } from '../lib/backup/export/export';
import { closeDb } from '../lib/db/client';

/** The first few names of a long list, and how many more. */
const someOf = (names: string[]) => (names.length > 5 ? `${names.slice(0, 5).join(', ')} and ${names.length - 5} more` : names.join(', '));

async function main() {
  const { positionals } = parseArgs({ allowPositionals: true });
  if (positionals.length !== 1) throw new Error('Usage: npm run export -- <folder>');
  const started = performance.now();
  const { folder, counts, missingMedia } = await exportPublication(positionals[0]!);
  console.log(`Exported to ${folder} in ${Math.round(performance.now() - started)} ms (format described in its README.md):`);
  console.log(
    `  ${counts.articles} articles, ${counts.revisions} revisions, ${counts.liveUpdates} live updates, ${counts.people} people, ` +
      `${counts.feedback} feedback messages, ${counts.media} pictures`,
  );
  if (missingMedia.length > 0) console.warn(`  missing from the media storage already: ${someOf(missingMedia)}`);
}

main()
  .catch((error: Error) => {
    console.error(error.message);
    process.exitCode = 1;
  })
  .finally(closeDb);
