import { createHash } from 'node:crypto';
import { getDb } from '../db/client';

export const rateLimit = { max: 5, windowMs: 10 * 60 * 1000 };

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
 * The rate-limit count and the insert run in one transaction so parallel posts cannot both pass.
 */
export async function storeFeedback(input: NewFeedback, now = new Date()): Promise<StoreResult> {
  const key =
    input.idempotencyKey ??
    createHash('sha256').update(`${input.clientHash}\n${input.articleId}\n${input.message}`).digest('base64url');
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const article = await trx
        .selectFrom('articles')
        .select('id')
        .where('id', '=', input.articleId)
        .where('status', '=', 'published')
        .executeTakeFirst();
      if (!article) return 'no-article';
      const seen = await trx.selectFrom('feedback').select('id').where('idempotency_key', '=', key).executeTakeFirst();
      if (seen) return 'duplicate';
      const since = new Date(now.getTime() - rateLimit.windowMs).toISOString();
      const { recent } = await trx
        .selectFrom('feedback')
        .select((eb) => eb.fn.countAll<number>().as('recent'))
        .where('client_hash', '=', input.clientHash)
        .where('article_id', '=', input.articleId)
        .where('created_at', '>', since)
        .executeTakeFirstOrThrow();
      if (Number(recent) >= rateLimit.max) return 'rate-limited';
      const inserted = await trx
        .insertInto('feedback')
        .values({
          article_id: input.articleId,
          message: input.message,
          paragraph_anchor: input.paragraph ?? null,
          paragraph_quote: input.quote ?? null,
          status: 'new',
          created_at: now.toISOString(),
          client_hash: input.clientHash,
          idempotency_key: key,
        })
        .onConflict((oc) => oc.column('idempotency_key').doNothing())
        .returning('id')
        .executeTakeFirst();
      return inserted ? 'stored' : 'duplicate';
    });
}
