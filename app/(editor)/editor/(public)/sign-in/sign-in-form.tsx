'use client';

import { useActionState } from 'react';
import { inputClass } from '@/components/editor/field';
import { SubmitButton } from '@/components/editor/submit-button';
import { signInWithPassword, type AuthFormState } from '@/lib/auth/actions';

export function SignInForm({ next }: { next: string }) {
  const [state, action] = useActionState<AuthFormState, FormData>(signInWithPassword, { status: 'idle' });
  const error = state.status === 'error' ? state.message : null;
  return (
    <form action={action} className="grid gap-4" aria-describedby="sign-in-error">
      <input type="hidden" name="next" value={next} />
      <div className="grid gap-1">
        <label htmlFor="email" className="font-semibold">
          Email
        </label>
        <input id="email" name="email" type="email" autoComplete="username" required defaultValue={state.status === 'error' ? state.email : ''} className={inputClass} />
      </div>
      <div className="grid gap-1">
        <label htmlFor="password" className="font-semibold">
          Password
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className={inputClass} />
      </div>
      <p id="sign-in-error" role="alert" className="text-sm font-semibold text-accent-dark">
        {error}
      </p>
      <SubmitButton pendingLabel="Signing in…">Sign in</SubmitButton>
    </form>
  );
}
