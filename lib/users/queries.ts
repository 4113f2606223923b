import 'server-only';
import type { Transaction } from 'kysely';
import { requireRole } from '../auth/current-user';
import { getDb, getDialect } from '../db/client';
import type { Database } from '../db/schema';
import type { Role } from '../auth/roles';
import type { NewUser } from '../accounts/schema';
import { findUserByEmail, insertUser } from '../accounts/store';

// Account management, for admins only. Each function checks the caller's role itself.

export interface UserListItem {
  id: number;
  name: string;
  email: string;
  role: Role;
  isDisabled: boolean;
  createdAt: string;
}

export async function listUsers(): Promise<UserListItem[]> {
  await requireRole('admin');
  const rows = await getDb()
    .selectFrom('users')
    .select(['id', 'name', 'email', 'role', 'disabled', 'created_at'])
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    email: r.email,
    role: r.role,
    isDisabled: r.disabled !== 0,
    createdAt: r.created_at,
  }));
}

export type CreateUserResult = { status: 'created'; id: number } | { status: 'duplicate-email' };

export async function createUserAccount(user: NewUser): Promise<CreateUserResult> {
  await requireRole('admin');
  if (await findUserByEmail(user.email)) return { status: 'duplicate-email' };
  try {
    return { status: 'created', id: await insertUser(user) };
  } catch (error) {
    // Two admins creating the same address at once: the unique index decides.
    if (await findUserByEmail(user.email)) return { status: 'duplicate-email' };
    throw error;
  }
}

export type AccountChangeResult = 'changed' | 'not-found' | 'last-admin' | 'self';

/**
 * Runs `change` unless it would leave no active admin (`isStillActiveAdmin`: does the account
 * stay one after the change?), or unless the caller gives a `refusal`, checked second so the
 * last admin hears the more useful answer. The active admins are read (and, on PostgreSQL,
 * locked) in the same transaction, so two admins demoting each other at once cannot both win.
 */
async function changeAccount(
  userId: number,
  isStillActiveAdmin: (user: { role: Role; disabled: number }) => boolean,
  change: (trx: Transaction<Database>) => Promise<unknown>,
  refusal?: 'self',
): Promise<AccountChangeResult> {
  const isPostgres = getDialect() === 'postgres';
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const activeAdmins = await trx
        .selectFrom('users')
        .select('id')
        .where('role', '=', 'admin')
        .where('disabled', '=', 0)
        .orderBy('id') // one locking order for everyone: no deadlock
        .$if(isPostgres, (q) => q.forUpdate())
        .execute();
      const user = await trx
        .selectFrom('users')
        .select(['id', 'role', 'disabled'])
        .where('id', '=', userId)
        .executeTakeFirst();
      if (!user) return 'not-found';
      const isActiveAdmin = activeAdmins.some((a) => a.id === userId);
      if (isActiveAdmin && activeAdmins.length <= 1 && !isStillActiveAdmin(user))
        return 'last-admin';
      if (refusal) return refusal;
      await change(trx);
      return 'changed';
    });
}

export async function changeUserRole(userId: number, role: Role): Promise<AccountChangeResult> {
  await requireRole('admin');
  return changeAccount(
    userId,
    (user) => role === 'admin' && user.disabled === 0,
    (trx) => trx.updateTable('users').set({ role }).where('id', '=', userId).execute(),
  );
}

/** Disabling also deletes the account's sessions, so it is signed out everywhere at once. */
export async function setUserDisabled(
  userId: number,
  isDisabled: boolean,
): Promise<AccountChangeResult> {
  const admin = await requireRole('admin');
  return changeAccount(
    userId,
    (user) => !isDisabled && user.role === 'admin',
    async (trx) => {
      await trx
        .updateTable('users')
        .set({ disabled: isDisabled ? 1 : 0 })
        .where('id', '=', userId)
        .execute();
      if (isDisabled) await trx.deleteFrom('user_sessions').where('user_id', '=', userId).execute();
    },
    isDisabled && admin.id === userId ? 'self' : undefined,
  );
}
