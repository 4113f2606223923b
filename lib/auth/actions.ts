'use server';

import { AuthError, CredentialsSignin } from 'next-auth';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { setupSchema, signInSchema } from '../accounts/schema';
import { insertUser } from '../accounts/store';
import { signIn, signOut } from './config';
import { consumeSetupTokens, isValidSetupToken } from './setup-token';
import { signInSubjectOf } from './sign-in-subject';
import { accountKey, describeWait, signInWaitMs } from './throttle';

export type AuthFormState = { status: 'idle' } | { status: 'error'; message: string; fieldErrors?: Partial<Record<string, string[]>>; email?: string };

function safeNext(value: FormDataEntryValue | null): string {
  const next = typeof value === 'string' ? value : '';
  return next.startsWith('/editor') && !next.startsWith('//') ? next : '/editor';
}

// Public on purpose: this is the door. Throttling lives in the credentials provider itself,
// so posting to Auth.js directly is limited just the same.
export async function signInWithPassword(_previous: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const parsed = signInSchema.safeParse({ email: formData.get('email'), password: formData.get('password') });
  if (!parsed.success) return { status: 'error', message: 'Enter your email and password.' };
  const { email, password } = parsed.data;
  try {
    await signIn('credentials', { email, password, redirectTo: safeNext(formData.get('next')) });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error; // includes the redirect after success
    // Only an attempt the throttle refused is told to wait; a wrong password is just wrong.
    if (error instanceof CredentialsSignin && error.code === 'throttled') {
      const account = accountKey(email);
      const wait = await signInWaitMs(account, signInSubjectOf(await headers(), account));
      return { status: 'error', email, message: `Too many sign-in attempts. Please wait ${describeWait(Math.max(wait, 1))} before trying again.` };
    }
    return { status: 'error', email, message: 'That email and password do not match an active account.' };
  }
  return { status: 'idle' };
}

export async function signOutOfEditor(): Promise<void> {
  // Ends the server-side session row too (see events.signOut in config.ts).
  await signOut({ redirectTo: '/editor/sign-in?signedOut=1' });
}

// Public, but only usable with the one-time token printed in the server log, and only while
// there is no account at all.
export async function createFirstAdmin(_previous: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const parsed = setupSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return { status: 'error', message: 'Some fields need attention.', fieldErrors: z.flattenError(parsed.error).fieldErrors };
  }
  const { token, confirm: _confirm, ...user } = parsed.data;
  void _confirm;
  if (!(await isValidSetupToken(token))) {
    return { status: 'error', message: 'This setup link has expired or was already used. Restart the server for a new one, or use `npm run user:create`.' };
  }
  await insertUser({ ...user, role: 'admin' });
  await consumeSetupTokens();
  redirect('/editor/sign-in?setup=1');
}
