import { getDb } from '../db/client';
import type { Role } from '../db/schema';
import { hashPassword } from '../auth/password';
import type { NewUser } from './schema';

// User writes without authorization: called by the CLI, the first-run setup and, after
// requireRole('admin'), by lib/users/queries.ts.

export async function insertUser(user: NewUser): Promise<number> {
  const row = await getDb()
    .insertInto('users')
    .values({
      email: user.email,
      name: user.name,
      role: user.role,
      password_hash: await hashPassword(user.password),
      disabled: 0,
      created_at: new Date().toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findUserByEmail(email: string) {
  return getDb().selectFrom('users').selectAll().where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
}

export async function countUsers(): Promise<number> {
  const { n } = await getDb().selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(n);
}

export async function countActiveAdmins(): Promise<number> {
  const { n } = await getDb()
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin' satisfies Role)
    .where('disabled', '=', 0)
    .executeTakeFirstOrThrow();
  return Number(n);
}
