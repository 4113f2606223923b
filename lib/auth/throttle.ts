import { createHash } from 'node:crypto';
import { getDb } from '../db/client';

// Sign-in throttling, kept in the database so every instance shares it. Who is trying decides
// what counts against them: a browser that signed in to the account before (lib/auth/device.ts)
// by its own failures only; any other by its failures against the account and across accounts
// from its network. Nothing counts failures per account alone, so no stranger, from however many
// addresses, can lock the real editor out.
const windowMs = 15 * 60 * 1000;
const limits = { pair: 5, client: 20 };

/** Who is signing in: a known device of the account, or else the client's network. */
export type SignInSubject = { device: string } | { client: string };

/** The key failures are recorded under: the device, or the client. */
function subjectKey(subject: SignInSubject): string {
  return 'device' in subject ? `device:${subject.device}` : subject.client;
}
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

/**
 * Starts an attempt: it is recorded as a failure first (cleared again if the password is right),
 * then checked. Parallel guesses each see the ones recorded before them, so however many arrive
 * at once, no more than the limit are evaluated. Returns the wait imposed, or 0 to go ahead.
 */
export async function beginSignInAttempt(account: string, subject: SignInSubject, now = new Date()): Promise<number> {
  await recordSignInFailure(account, subject, now);
  return signInWaitMs(account, subject, now.getTime(), { includingThisAttempt: true });
}

/** Milliseconds to wait before another attempt is allowed, or 0. The wait doubles per extra failure. */
export async function signInWaitMs(account: string, subject: SignInSubject, now = Date.now(), { includingThisAttempt = false } = {}): Promise<number> {
  const since = new Date(now - windowMs).toISOString();
  const client = subjectKey(subject);
  const checks = await Promise.all([
    countFailures({ account, client }, since).then((r) => ({ ...r, limit: limits.pair })),
    ...('device' in subject ? [] : [countFailures({ client }, since).then((r) => ({ ...r, limit: limits.client }))]),
  ]);
  let wait = 0;
  for (const { count: counted, last, limit } of checks) {
    const count = includingThisAttempt ? counted - 1 : counted;
    if (count < limit || !last) continue;
    const penalty = Math.min(windowMs, baseWaitMs * 2 ** (count - limit));
    wait = Math.max(wait, Date.parse(last) + penalty - now);
  }
  return Math.max(0, wait);
}

export async function recordSignInFailure(account: string, subject: SignInSubject, now = new Date()) {
  await getDb().insertInto('sign_in_failures').values({ account_key: account, client_key: subjectKey(subject), failed_at: now.toISOString() }).execute();
  // Old rows are never needed again; drop them as we go.
  await getDb().deleteFrom('sign_in_failures').where('failed_at', '<', new Date(now.getTime() - windowMs).toISOString()).execute();
}

export async function clearSignInFailures(account: string, subject: SignInSubject) {
  await getDb().deleteFrom('sign_in_failures').where('account_key', '=', account).where('client_key', '=', subjectKey(subject)).execute();
}

export function describeWait(ms: number): string {
  const minutes = Math.ceil(ms / 60_000);
  return minutes <= 1 ? 'a minute' : `${minutes} minutes`;
}
