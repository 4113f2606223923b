// The editor's Unpublish, as the newsroom's action does it after its checks: the status change,
// then the refresh of every page that showed the article. Prints when it returned (ms since 1970).
// `node --import tsx scripts/bench/unpublish.ts <article path>`, with the site's environment.
import { closeDb, getDb } from '../../lib/db/client';
import { getFootprint } from '../../lib/newsroom/store';
import { refreshArticlePages } from '../../lib/newsroom/refresh';

(async () => {
  const slug = (process.argv[2] ?? '').split('/').pop() ?? '';
  const { id } = await getDb().selectFrom('articles').select('id').where('slug', '=', slug).executeTakeFirstOrThrow();
  const before = await getFootprint(id);
  await getDb().updateTable('articles').set({ status: 'unpublished' }).where('id', '=', id).execute();
  await refreshArticlePages(id, null, before, await getFootprint(id));
  console.log(JSON.stringify({ returnedAt: Date.now() }));
  await closeDb();
})().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
