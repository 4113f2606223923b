import { createHash } from 'node:crypto';
import type { ExpressionBuilder } from 'kysely';
import { getDb } from '../db/client';
import type { Database } from '../db/schema';

/** Per client and article, and per client across all articles (one client, every story). */
export const rateLimit = { max: 5, windowMs: 10 * 60 * 1000 };
export const clientRateLimit = { max: 20, windowMs: 60 * 60 * 1000 };

export type StoreResult = 'stored' | 'duplicate' | 'rate-limited' | 'no-article';

export interface NewFeedback {
  articleId: number;
  message: string;
  paragraph?: string;
  quote?: string;
  clientHash: string;
  idempotencyKey?: string;
}

/**
 * Stores one reader message, at most once. A repeated submission (same form key, or without a
 * key the same message from the same client for the same article) is a duplicate, not a new row.
 * The checks and the insert are one statement, so on SQLite parallel posts cannot both pass the
 * rate limit, and the write lock is held only for that statement (several server processes share
 * the file). On PostgreSQL (read committed) a burst of parallel posts from one client can each
 * miss the others' rows and exceed the limit by a few; each message is still stored once.
 * Only when nothing was inserted do we look again to say why.
 */
export async function storeFeedback(input: NewFeedback, now = new Date()): Promise<StoreResult> {
  const db = getDb();
  const key =
    input.idempotencyKey ??
    createHash('sha256').update(`${input.clientHash}\n${input.articleId}\n${input.message}`).digest('base64url');
  const since = new Date(now.getTime() - rateLimit.windowMs).toISOString();
  const recentFromClient = (eb: ExpressionBuilder<Database, 'articles'>) =>
    eb
      .selectFrom('feedback')
      .select((count) => count.fn.countAll<number>().as('n'))
      .where('client_hash', '=', input.clientHash)
      .where('article_id', '=', input.articleId)
      .where('created_at', '>', since);
  const sinceAnywhere = new Date(now.getTime() - clientRateLimit.windowMs).toISOString();
  const recentFromClientAnywhere = (eb: ExpressionBuilder<Database, 'articles'>) =>
    eb
      .selectFrom('feedback')
      .select((count) => count.fn.countAll<number>().as('n'))
      .where('client_hash', '=', input.clientHash)
      .where('created_at', '>', sinceAnywhere);

  const inserted = await db
    .insertInto('feedback')
    .columns(['article_id', 'message', 'paragraph_anchor', 'paragraph_quote', 'status', 'created_at', 'client_hash', 'idempotency_key'])
    .expression((eb) =>
      eb
        .selectFrom('articles')
        .select([
          'id',
          eb.val(input.message).as('message'),
          eb.val(input.paragraph ?? null).as('paragraph_anchor'),
          eb.val(input.quote ?? null).as('paragraph_quote'),
          eb.val('new').as('status'),
          eb.val(now.toISOString()).as('created_at'),
          eb.val(input.clientHash).as('client_hash'),
          eb.val(key).as('idempotency_key'),
        ])
        .where('id', '=', input.articleId)
        .where('status', '=', 'published')
        .where((where) => where(recentFromClient(where), '<', rateLimit.max))
        .where((where) => where(recentFromClientAnywhere(where), '<', clientRateLimit.max)),
    )
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return 'stored';

  const why = await db
    .selectNoFrom((eb) => [
      eb.selectFrom('articles').select('id').where('id', '=', input.articleId).where('status', '=', 'published').as('article'),
      eb.selectFrom('feedback').select('id').where('idempotency_key', '=', key).as('seen'),
    ])
    .executeTakeFirstOrThrow();
  if (why.article === null) return 'no-article';
  return why.seen === null ? 'rate-limited' : 'duplicate';
}
