import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeDb, getDb } from '../db/client';
import { migrateToLatest } from '../db/migrate';
import { NotAllowedError } from '../auth/not-allowed';
import type { Role } from '../auth/roles';
import { createSession } from '../auth/sessions';
import { changeUserRole, createUserAccount, listUsers, setUserDisabled } from './queries';
import { insertUser } from '../accounts/store';

// The signed-in caller, as requireRole would find it from the session cookie.
const caller = vi.hoisted(() => ({ id: 0, role: 'admin' as Role }));
vi.mock('../auth/current-user', async () => (await import('../test/fake-current-user')).fakeCurrentUser(caller));

const password = 'a temporary password';
let ada: number;
let bo: number;

const roleOf = async (id: number) =>
  await getDb()
    .selectFrom('users')
    .select(['role', 'disabled'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
const sessionsOf = async (id: number) =>
  getDb().selectFrom('user_sessions').select('id').where('user_id', '=', id).execute();

beforeAll(async () => {
  await migrateToLatest();
  ada = await insertUser({ name: 'Ada Admin', email: 'ada@example.org', role: 'admin', password });
  bo = await insertUser({ name: 'Bo Admin', email: 'bo@example.org', role: 'admin', password });
});
afterAll(closeDb);
beforeEach(() => {
  caller.id = ada;
  caller.role = 'admin';
});

describe('account management', () => {
  it('refuses a duplicate email, whatever its case', async () => {
    expect(
      await createUserAccount({
        name: 'Ada Again',
        email: 'ada@example.org',
        role: 'editor',
        password,
      }),
    ).toEqual({ status: 'duplicate-email' });
    const created = await createUserAccount({
      name: 'Cy Contributor',
      email: 'cy@example.org',
      role: 'contributor',
      password,
    });
    expect(created.status).toBe('created');
    expect((await listUsers()).map((u) => u.email)).toContain('cy@example.org');
  });

  it('disabling ends every session of the account at once', async () => {
    await createSession(bo);
    await createSession(bo);
    expect(await sessionsOf(bo)).toHaveLength(2);
    expect(await setUserDisabled(bo, true)).toBe('changed');
    expect(await sessionsOf(bo)).toHaveLength(0);
    expect((await roleOf(bo)).disabled).toBe(1);
  });

  it('keeps at least one active admin', async () => {
    // Bo is disabled: Ada is the only active admin left.
    expect(await changeUserRole(ada, 'editor')).toBe('last-admin');
    expect((await roleOf(ada)).role).toBe('admin');
    caller.id = bo; // another admin's session, as far as this check goes
    expect(await setUserDisabled(ada, true)).toBe('last-admin');
    expect((await roleOf(ada)).disabled).toBe(0);

    caller.id = ada;
    expect(await setUserDisabled(bo, false)).toBe('changed');
    expect(await changeUserRole(ada, 'editor')).toBe('changed');
    expect((await roleOf(ada)).role).toBe('editor');
    expect(await changeUserRole(bo, 'contributor')).toBe('last-admin');
    expect(await changeUserRole(ada, 'admin')).toBe('changed');
  });

  it('an admin cannot disable their own account', async () => {
    expect(await setUserDisabled(ada, true)).toBe('self');
    expect((await roleOf(ada)).disabled).toBe(0);
    await setUserDisabled(bo, true);
    expect(await setUserDisabled(ada, true)).toBe('last-admin');
    await setUserDisabled(bo, false);
  });

  it('two admins demoting each other at once: one of them stays admin', async () => {
    // Open pooled connections first (PostgreSQL), so the two run at once rather than one
    // finishing while the other is still connecting.
    await Promise.all([1, 2, 3, 4].map(() => getDb().selectFrom('users').select('id').execute()));
    const results = await Promise.all([
      changeUserRole(ada, 'editor'),
      changeUserRole(bo, 'editor'),
    ]);
    expect(results.sort()).toEqual(['changed', 'last-admin']);
    const admins = await getDb()
      .selectFrom('users')
      .select('id')
      .where('role', '=', 'admin')
      .where('disabled', '=', 0)
      .execute();
    expect(admins).toHaveLength(1);
    await changeUserRole(ada, 'admin');
    await changeUserRole(bo, 'admin');
  });

  it('is for admins only', async () => {
    caller.role = 'editor';
    await expect(listUsers()).rejects.toThrow(NotAllowedError);
    await expect(changeUserRole(bo, 'contributor')).rejects.toThrow(NotAllowedError);
    await expect(setUserDisabled(bo, true)).rejects.toThrow(NotAllowedError);
    expect(await roleOf(bo)).toEqual({ role: 'admin', disabled: 0 });
  });
});
