// The live desk's editor for `npm run bench`, as the composer's actions do it after their checks:
// start coverage of an article, post an update every `every` ms for `duration` ms, then delete
// one. Prints a JSON line per step with when it returned (ms since 1970).
// `node --import tsx scripts/bench/live-editor.ts <article path> <every ms> <duration ms>`
import { closeDb, getDb } from '../../lib/db/client';
import { storyFromComposer } from '../../lib/live/composer-story';
import { refreshCoverage } from '../../lib/live/refresh';
import { createUpdate, deleteUpdate, setLive } from '../../lib/live/store';

const say = (line: object) => console.log(JSON.stringify(line));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

(async () => {
  const [path = '', every = '5000', duration = '60000'] = process.argv.slice(2);
  const slug = path.split('/').pop() ?? '';
  const { id } = await getDb().selectFrom('articles').select('id').where('slug', '=', slug).executeTakeFirstOrThrow();
  await setLive(id, true, null);
  await refreshCoverage(id);
  say({ started: id, returnedAt: Date.now() });
  const posted: number[] = [];
  const until = Date.now() + Number(duration);
  while (Date.now() < until) {
    const draft = { headline: null, story: storyFromComposer(`Bench update ${posted.length + 1}: rescuers reached another street.`), keyEvent: false, pinned: false, bylines: [] };
    const update = await createUpdate(id, draft, 'published', null);
    await refreshCoverage(id);
    posted.push(update);
    say({ posted: update, returnedAt: Date.now() });
    await sleep(Number(every));
  }
  const deleted = posted[Math.floor(posted.length / 2)]!;
  await deleteUpdate(deleted, null);
  await refreshCoverage(id);
  say({ deleted, returnedAt: Date.now() });
  await closeDb();
})().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
