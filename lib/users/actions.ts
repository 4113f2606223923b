'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { NotAllowedError, requireRole } from '../auth/current-user';
import { roles } from '../auth/roles';
import {
  changeUserRole,
  createUserAccount,
  setUserDisabled,
  type AccountChangeResult,
} from './queries';
import { newUserSchema } from './schema';

const usersPath = '/editor/users';

export type UserFormState =
  | { status: 'idle' }
  | { status: 'done'; message: string }
  | {
      status: 'error';
      message: string;
      fieldErrors?: Partial<
        Record<'name' | 'email' | 'role' | 'password' | 'userId' | 'intent', string[]>
      >;
      /** What was typed, so the form can show it again. Never the password. */
      values?: { name: string; email: string; role: string };
    };

/** requireRole for actions: a signed-in user without the role gets a message, not a crash. */
async function asAdmin(): Promise<UserFormState | null> {
  try {
    await requireRole('admin');
    return null;
  } catch (error) {
    if (error instanceof NotAllowedError) return { status: 'error', message: error.message };
    throw error;
  }
}

const text = (value: FormDataEntryValue | null) => (typeof value === 'string' ? value : '');

export async function createUser(
  _previous: UserFormState,
  formData: FormData,
): Promise<UserFormState> {
  const values = {
    name: text(formData.get('name')),
    email: text(formData.get('email')),
    role: text(formData.get('role')),
  };
  const parsed = newUserSchema.safeParse({ ...values, password: text(formData.get('password')) });
  if (!parsed.success) {
    return {
      status: 'error',
      message: 'Some fields need attention.',
      fieldErrors: z.flattenError(parsed.error).fieldErrors,
      values,
    };
  }
  const denied = await asAdmin();
  if (denied) return denied;
  const result = await createUserAccount(parsed.data);
  if (result.status === 'duplicate-email') {
    return {
      status: 'error',
      message: 'Some fields need attention.',
      fieldErrors: { email: ['An account with this email already exists.'] },
      values,
    };
  }
  revalidatePath(usersPath);
  return {
    status: 'done',
    message: `Created a ${parsed.data.role} account for ${parsed.data.name}. Give them the temporary password in person or by another channel.`,
  };
}

const accountChangeMessages: Record<Exclude<AccountChangeResult, 'changed'>, string> = {
  'not-found': 'That account no longer exists.',
  'last-admin': 'This is the last active admin account. Make another account an admin first.',
  self: 'You cannot disable your own account. Ask another admin to do it.',
};

const roleChangeSchema = z.object({
  userId: z.coerce.number().int().positive(),
  role: z.enum(roles, 'Choose a role.'),
});

export async function changeRole(
  _previous: UserFormState,
  formData: FormData,
): Promise<UserFormState> {
  const parsed = roleChangeSchema.safeParse({
    userId: formData.get('userId'),
    role: formData.get('role'),
  });
  if (!parsed.success) {
    return {
      status: 'error',
      message: 'Choose a role.',
      fieldErrors: z.flattenError(parsed.error).fieldErrors,
    };
  }
  const denied = await asAdmin();
  if (denied) return denied;
  const result = await changeUserRole(parsed.data.userId, parsed.data.role);
  if (result !== 'changed')
    return {
      status: 'error',
      message: accountChangeMessages[result],
      fieldErrors: { role: [accountChangeMessages[result]] },
    };
  revalidatePath(usersPath);
  return { status: 'done', message: `Role changed to ${parsed.data.role}.` };
}

const disabledSchema = z.object({
  userId: z.coerce.number().int().positive(),
  intent: z.enum(['disable', 'enable']),
});

export async function setDisabled(
  _previous: UserFormState,
  formData: FormData,
): Promise<UserFormState> {
  const parsed = disabledSchema.safeParse({
    userId: formData.get('userId'),
    intent: formData.get('intent'),
  });
  if (!parsed.success)
    return {
      status: 'error',
      message: 'That change could not be read.',
      fieldErrors: z.flattenError(parsed.error).fieldErrors,
    };
  const denied = await asAdmin();
  if (denied) return denied;
  const isDisabling = parsed.data.intent === 'disable';
  const result = await setUserDisabled(parsed.data.userId, isDisabling);
  if (result !== 'changed') return { status: 'error', message: accountChangeMessages[result] };
  revalidatePath(usersPath);
  return {
    status: 'done',
    message: isDisabling ? 'Account disabled and signed out everywhere.' : 'Account enabled.',
  };
}
