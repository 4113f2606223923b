'use server';

import { z } from 'zod';
import { requireRole } from '../auth/current-user';
import { hasRole } from '../auth/roles';
import { getDb } from '../db/client';
import { frontKeys } from './keys';

// "Rina is arranging this front too": each open front editor says so every few seconds, and learns
// who else did within `staleAfterMs` and which version the draft is at. Stale saves are refused on
// their own (store.ts); this tells people before they collide.

const heartbeatMs = 15_000;
const staleAfterMs = 3 * heartbeatMs;
const keySchema = z.enum(frontKeys);

export interface FrontPresence {
  /** Other editors with this front open, by name. */
  others: string[];
  /** The draft's version now, and who saved it. */
  draftVersion: number;
  draftBy: string | null;
  nextInMs: number;
}

/** Notes that the signed-in editor has this front open; contributors, who only look, are told the draft's version. */
export async function markArrangingFront(key: string): Promise<FrontPresence> {
  const user = await requireRole('contributor');
  const frontKey = keySchema.parse(key);
  const db = getDb();
  const now = new Date();
  const draft = await db
    .selectFrom('front_drafts as d')
    .leftJoin('users as u', 'u.id', 'd.updated_by')
    .select(['d.version', 'u.name'])
    .where('d.key', '=', frontKey)
    .executeTakeFirst();
  const answer = {
    others: [] as string[],
    draftVersion: draft?.version ?? 0,
    draftBy: draft?.name ?? null,
    nextInMs: heartbeatMs,
  };
  if (!hasRole(user.role, 'editor')) return answer;
  await db
    .insertInto('front_presence')
    .values({ front_key: frontKey, user_id: user.id, seen_at: now.toISOString() })
    .onConflict((oc) =>
      oc.columns(['front_key', 'user_id']).doUpdateSet({ seen_at: now.toISOString() }),
    )
    .execute();
  const others = await db
    .selectFrom('front_presence as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select('u.name')
    .where('p.front_key', '=', frontKey)
    .where('p.user_id', '!=', user.id)
    .where('p.seen_at', '>', new Date(now.getTime() - staleAfterMs).toISOString())
    .orderBy('u.name')
    .execute();
  return { ...answer, others: others.map((o) => o.name) };
}

/** The editor closed the front: the others stop seeing them at once rather than after a while. */
export async function stopArrangingFront(key: string): Promise<void> {
  const user = await requireRole('contributor');
  await getDb()
    .deleteFrom('front_presence')
    .where('front_key', '=', keySchema.parse(key))
    .where('user_id', '=', user.id)
    .execute();
}
