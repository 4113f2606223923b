import { getDb } from '../db/client';
import { hashPassword } from './password';
import type { Role } from './roles';
import type { NewUser } from './schema';

// Accounts, below sign-in: read by lib/auth to sign people in, written without authorization by
// the CLI, the first-run setup and, after requireRole('admin'), by lib/users/queries.ts.

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
