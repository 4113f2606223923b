'use client';

import { useActionState } from 'react';
import { Field, inputClass } from '@/components/editor/field';
import { SubmitButton } from '@/components/editor/submit-button';
import { createFirstAdmin, type AuthFormState } from '@/lib/auth/actions';

export function SetupForm({ token }: { token: string }) {
  const [state, action] = useActionState<AuthFormState, FormData>(createFirstAdmin, { status: 'idle' });
  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  const fields = [
    { name: 'name', label: 'Your name', type: 'text', autoComplete: 'name' },
    { name: 'email', label: 'Email', type: 'email', autoComplete: 'username' },
    { name: 'password', label: 'Password (at least 12 characters)', type: 'password', autoComplete: 'new-password' },
    { name: 'confirm', label: 'Password again', type: 'password', autoComplete: 'new-password' },
  ];
  return (
    <form action={action} className="grid gap-4">
      <input type="hidden" name="token" value={token} />
      {fields.map((f) => (
        <Field key={f.name} id={f.name} label={f.label} errors={errors[f.name]}>
          {(describedBy) => (
            <input id={f.name} name={f.name} type={f.type} autoComplete={f.autoComplete} required aria-describedby={describedBy} aria-invalid={errors[f.name] ? true : undefined} className={inputClass} />
          )}
        </Field>
      ))}
      <p role="alert" className="text-sm font-semibold text-accent-dark">
        {state.status === 'error' ? state.message : null}
      </p>
      <SubmitButton pendingLabel="Creating…">Create the admin account</SubmitButton>
    </form>
  );
}
