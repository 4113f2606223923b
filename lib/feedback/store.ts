import { createHash } from 'node:crypto';
import type { ExpressionBuilder } from 'kysely';
import { getDb } from '../db/client';
import type { Database } from '../db/schema';

// What one person may send: counted per reader (a signed browser cookie), because behind
// carrier-grade NAT thousands of readers share one public address and must not use up each
// other's allowance. A client that drops the cookie is a new reader on every post, so the address
// keeps only a ceiling: far above what one gateway's readers send in an hour, low enough to bound
// such a client (and every client of a launcher that cannot tell addresses apart, see README).
export const rateLimit = { max: 5, windowMs: 10 * 60 * 1000 };
export const readerRateLimit = { max: 20, windowMs: 60 * 60 * 1000 };
export const addressRateLimit = { max: 600, windowMs: 60 * 60 * 1000 };

export type StoreResult = 'stored' | 'duplicate' | 'rate-limited' | 'no-article';

export interface NewFeedback {
  articleId: number;
  message: string;
  paragraph?: string;
  quote?: string;
  /** The sender's address, keyed (lib/http/client-identity.ts). */
  clientHash: string;
  /** The sender's browser, keyed (lib/http/reader-identity.ts). */
  readerHash: string;
  idempotencyKey?: string;
}

type Limit = { max: number; windowMs: number };

/** Whether a sender is under `limit` (on one article, or on all), inside the insert's own statement. */
function isUnder(
  eb: ExpressionBuilder<Database, 'articles'>,
  limit: Limit,
  now: Date,
  sender: 'reader_hash' | 'client_hash',
  senderHash: string,
  articleId?: number,
) {
  let recent = eb
    .selectFrom('feedback')
    .select((count) => count.fn.countAll<number>().as('n'))
    .where(sender, '=', senderHash)
    .where('created_at', '>', new Date(now.getTime() - limit.windowMs).toISOString());
  if (articleId !== undefined) recent = recent.where('article_id', '=', articleId);
  return eb(recent, '<', limit.max);
}

/**
 * Stores one reader message, at most once. A repeated submission (same form key, or without a
 * key the same message from the same address for the same article) is a duplicate, not a new
 * row: keyed by address, not reader, so that a client dropping its cookie cannot store it again.
 * The checks and the insert are one statement, so on SQLite parallel posts cannot both pass the
 * rate limit, and the write lock is held only for that statement (several server processes share
 * the file). On PostgreSQL (read committed) a burst of parallel posts from one reader can each
 * miss the others' rows and exceed the limit by a few; each message is still stored once.
 * Only when nothing was inserted do we look again to say why.
 */
export async function storeFeedback(input: NewFeedback, now = new Date()): Promise<StoreResult> {
  const db = getDb();
  const key =
    input.idempotencyKey ??
    createHash('sha256').update(`${input.clientHash}\n${input.articleId}\n${input.message}`).digest('base64url');
  const inserted = await db
    .insertInto('feedback')
    .columns(['article_id', 'message', 'paragraph_anchor', 'paragraph_quote', 'status', 'created_at', 'client_hash', 'reader_hash', 'idempotency_key'])
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
          eb.val(input.readerHash).as('reader_hash'),
          eb.val(key).as('idempotency_key'),
        ])
        .where('id', '=', input.articleId)
        .where('status', '=', 'published')
        .where((where) => isUnder(where, rateLimit, now, 'reader_hash', input.readerHash, input.articleId))
        .where((where) => isUnder(where, readerRateLimit, now, 'reader_hash', input.readerHash))
        .where((where) => isUnder(where, addressRateLimit, now, 'client_hash', input.clientHash)),
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
