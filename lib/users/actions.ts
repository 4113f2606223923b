'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { newUserSchema } from '../accounts/schema';
import { checkRole } from '../auth/check-role';
import { roles } from '../auth/roles';
import { formText } from '../form-data';
import {
  changeUserRole,
  createUserAccount,
  setUserDisabled,
  type AccountChangeResult,
} from './queries';

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

export async function createUser(
  _previous: UserFormState,
  formData: FormData,
): Promise<UserFormState> {
  const values = {
    name: formText(formData, 'name'),
    email: formText(formData, 'email'),
    role: formText(formData, 'role'),
  };
  const parsed = newUserSchema.safeParse({ ...values, password: formText(formData, 'password') });
  if (!parsed.success) {
    return {
      status: 'error',
      message: 'Some fields need attention.',
      fieldErrors: z.flattenError(parsed.error).fieldErrors,
      values,
    };
  }
  const check = await checkRole('admin');
  if ('denied' in check) return { status: 'error', message: check.denied };
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
  const check = await checkRole('admin');
  if ('denied' in check) return { status: 'error', message: check.denied };
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
  const check = await checkRole('admin');
  if ('denied' in check) return { status: 'error', message: check.denied };
  const isDisabling = parsed.data.intent === 'disable';
  const result = await setUserDisabled(parsed.data.userId, isDisabling);
  if (result !== 'changed') return { status: 'error', message: accountChangeMessages[result] };
  revalidatePath(usersPath);
  return {
    status: 'done',
    message: isDisabling ? 'Account disabled and signed out everywhere.' : 'Account enabled.',
  };
}
