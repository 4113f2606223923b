import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { getDb } from '../db/client';
import { countUsers } from '../accounts/store';

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/**
 * With no account yet, makes the one-time setup token and returns it (for the server log).
 * Only its hash is stored; a restart before setup issues a fresh token and voids the old one.
 */
export async function issueSetupToken(): Promise<string | null> {
  if ((await countUsers()) > 0) return null;
  const token = randomBytes(24).toString('base64url');
  await getDb().transaction().execute(async (trx) => {
    await trx.deleteFrom('setup_tokens').execute();
    await trx.insertInto('setup_tokens').values({ token_hash: hashToken(token), created_at: new Date().toISOString() }).execute();
  });
  return token;
}

export async function isValidSetupToken(token: string): Promise<boolean> {
  if ((await countUsers()) > 0) return false;
  const rows = await getDb().selectFrom('setup_tokens').select('token_hash').execute();
  const given = Buffer.from(hashToken(token));
  return rows.some((r) => {
    const stored = Buffer.from(r.token_hash);
    return stored.length === given.length && timingSafeEqual(stored, given);
  });
}

export async function consumeSetupTokens(): Promise<void> {
  await getDb().deleteFrom('setup_tokens').execute();
}
