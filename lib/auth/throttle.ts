import { createHash } from 'node:crypto';
import { getDb } from '../db/client';

// Sign-in throttling, kept in the database so every instance shares it. Failures are counted
// per account-and-client pair (an attacker elsewhere cannot lock a real editor out of their own
// browser), per client (one client guessing across accounts) and per account (a wide attack).
const windowMs = 15 * 60 * 1000;
const limits = { pair: 5, client: 20, account: 50 };
const baseWaitMs = 30 * 1000;

export function accountKey(email: string): string {
  return createHash('sha256').update(`account:${email.trim().toLowerCase()}`).digest('base64url').slice(0, 22);
}

async function countFailures(where: { account?: string; client?: string }, since: string) {
  let query = getDb()
    .selectFrom('sign_in_failures')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('failed_at').as('last')])
    .where('failed_at', '>', since);
  if (where.account) query = query.where('account_key', '=', where.account);
  if (where.client) query = query.where('client_key', '=', where.client);
  const row = await query.executeTakeFirstOrThrow();
  return { count: Number(row.n), last: row.last as string | null };
}

/** Milliseconds to wait before another attempt is allowed, or 0. The wait doubles per extra failure. */
export async function signInWaitMs(account: string, client: string, now = Date.now()): Promise<number> {
  const since = new Date(now - windowMs).toISOString();
  const checks = await Promise.all([
    countFailures({ account, client }, since).then((r) => ({ ...r, limit: limits.pair })),
    countFailures({ client }, since).then((r) => ({ ...r, limit: limits.client })),
    countFailures({ account }, since).then((r) => ({ ...r, limit: limits.account })),
  ]);
  let wait = 0;
  for (const { count, last, limit } of checks) {
    if (count < limit || !last) continue;
    const penalty = Math.min(windowMs, baseWaitMs * 2 ** (count - limit));
    wait = Math.max(wait, Date.parse(last) + penalty - now);
  }
  return Math.max(0, wait);
}

export async function recordSignInFailure(account: string, client: string, now = new Date()) {
  await getDb().insertInto('sign_in_failures').values({ account_key: account, client_key: client, failed_at: now.toISOString() }).execute();
  // Old rows are never needed again; drop them as we go.
  await getDb().deleteFrom('sign_in_failures').where('failed_at', '<', new Date(now.getTime() - windowMs).toISOString()).execute();
}

export async function clearSignInFailures(account: string, client: string) {
  await getDb().deleteFrom('sign_in_failures').where('account_key', '=', account).where('client_key', '=', client).execute();
}

export function describeWait(ms: number): string {
  const minutes = Math.ceil(ms / 60_000);
  return minutes <= 1 ? 'a minute' : `${minutes} minutes`;
}
