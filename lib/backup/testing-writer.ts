// For backup-while-writing.test.ts: another process saving articles, one after another, until it
// is stopped. Save n adds the article "write-n" and its first revision in one transaction, and
// is printed once committed, so the test knows which saves a snapshot must hold.
import { closeDb, getDb } from '../db/client';
import { newArticleRow } from '../test/article-row';

// better-sqlite3 answers synchronously, so a loop of awaited saves would only ever run
// microtasks: no signal would be handled and no buffered output written. Each save waits for the
// event loop's next turn, which also keeps the pace near a busy newsroom's rather than a disk's.
const nextTurn = () => new Promise((resolve) => setTimeout(resolve, 1));
/** However the test ends, this process does not outlive it by much. */
const maxRunMs = 120_000;

async function main() {
  let stopping = false;
  process.on('SIGTERM', () => (stopping = true));
  const started = Date.now();
  for (let n = 1; !stopping && Date.now() - started < maxRunMs; n++) {
    await getDb()
      .transaction()
      .execute(async (trx) => {
        const { id } = await trx
          .insertInto('articles')
          .values({ ...newArticleRow(), slug: `write-${n}`, headline: `Write ${n}` })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx
          .insertInto('article_revisions')
          .values({ article_id: id, version: 1, snapshot: JSON.stringify({ n }), saved_by: null, saved_at: new Date().toISOString() })
          .execute();
      });
    process.stdout.write(`${n}\n`);
    await nextTurn();
  }
  await closeDb();
}

void main();
