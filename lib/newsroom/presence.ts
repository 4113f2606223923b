'use server';

import { z } from 'zod';
import { requireRole } from '../auth/current-user';
import { canEdit } from './workflow';
import { getDb } from '../db/client';

// "Rina is editing": each open editor page says so every few seconds; whoever said so within
// the last `staleAfterMs` is shown to the others. Stale saves are still refused on their own
// (store.ts): this only tells people before they collide.

const heartbeatMs = 15_000;
const staleAfterMs = 3 * heartbeatMs;

/** Notes that the signed-in editor has this article open; answers who else has, by name. */
export async function markEditing(articleId: number): Promise<{ others: string[]; nextInMs: number }> {
  const user = await requireRole('contributor');
  const id = z.number().int().positive().parse(articleId);
  const db = getDb();
  const now = new Date();
  const article = await db.selectFrom('articles').select(['status', 'created_by as createdBy']).where('id', '=', id).executeTakeFirst();
  // Who has an article open is the business of those who may edit it: anyone else learns
  // nothing, not even whether the id exists.
  if (!article || !canEdit(user, article)) return { others: [], nextInMs: heartbeatMs };
  await db
    .insertInto('article_presence')
    .values({ article_id: id, user_id: user.id, seen_at: now.toISOString() })
    .onConflict((oc) => oc.columns(['article_id', 'user_id']).doUpdateSet({ seen_at: now.toISOString() }))
    .execute();
  const others = await db
    .selectFrom('article_presence as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select('u.name')
    .where('p.article_id', '=', id)
    .where('p.user_id', '!=', user.id)
    .where('p.seen_at', '>', new Date(now.getTime() - staleAfterMs).toISOString())
    .orderBy('u.name')
    .execute();
  return { others: others.map((o) => o.name), nextInMs: heartbeatMs };
}

/** The editor closed the article: others stop seeing them at once rather than after a while. */
export async function stopEditing(articleId: number): Promise<void> {
  const user = await requireRole('contributor');
  const id = z.number().int().positive().parse(articleId);
  await getDb().deleteFrom('article_presence').where('article_id', '=', id).where('user_id', '=', user.id).execute();
}
