import { randomBytes } from 'node:crypto';
import { getDb } from '../db/client';

export const sessionMaxAgeSeconds = 8 * 60 * 60;

export async function createSession(userId: number, now = new Date()): Promise<string> {
  const id = randomBytes(24).toString('base64url');
  await getDb()
    .insertInto('user_sessions')
    .values({
      id,
      user_id: userId,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + sessionMaxAgeSeconds * 1000).toISOString(),
    })
    .execute();
  // Expired sessions are never valid again: drop them as new ones are made.
  await getDb().deleteFrom('user_sessions').where('expires_at', '<=', now.toISOString()).execute();
  return id;
}

export async function endSession(id: string): Promise<void> {
  await getDb().deleteFrom('user_sessions').where('id', '=', id).execute();
}

/** The account behind a live session, read fresh so a demoted or disabled user loses access at once. */
export async function findSessionUser(sessionId: string, now = new Date()) {
  return getDb()
    .selectFrom('user_sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['u.id', 'u.name', 'u.email', 'u.role'])
    .where('s.id', '=', sessionId)
    .where('s.expires_at', '>', now.toISOString())
    .where('u.disabled', '=', 0)
    .executeTakeFirst();
}
