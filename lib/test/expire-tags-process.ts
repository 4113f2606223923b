// Another process writing the cache tag record, for lib/cache/tag-record.test.ts:
// `node --import tsx lib/test/expire-tags-process.ts <tag> <first-ms> <count>` records `count`
// expiries of `tag`, at first-ms, first-ms + 1, ….
import { closeDb } from '../db/client';
import { expireTags, stopHearing } from '../cache/tag-record';

const [tag = '', first = '0', count = '1'] = process.argv.slice(2);
(async () => {
  for (let i = 0; i < Number(count); i++) await expireTags([tag, `${tag}:${i}`], Number(first) + i);
  await stopHearing();
  await closeDb();
})().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
