'use client';

import { useActionState } from 'react';
import { Field, inputClass } from '@/components/editor/field';
import { SubmitButton } from '@/components/editor/submit-button';
import { roles } from '@/lib/auth/roles';
import { createUser, type UserFormState } from '@/lib/users/actions';
import { roleLabels } from './labels';

export function CreateUserForm() {
  const [state, action] = useActionState<UserFormState, FormData>(createUser, { status: 'idle' });
  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  const values = state.status === 'error' ? state.values : undefined;
  const invalid = (name: keyof typeof errors) => (errors[name] ? true : undefined);
  return (
    <form action={action} aria-labelledby="create-heading" className="grid max-w-xl gap-4">
      <h2 id="create-heading" className="font-serif text-xl font-bold">
        Create an account
      </h2>
      <Field id="new-name" label="Name" errors={errors.name}>
        {(describedBy) => (
          <input
            id="new-name"
            name="name"
            autoComplete="off"
            required
            defaultValue={values?.name}
            aria-describedby={describedBy}
            aria-invalid={invalid('name')}
            className={inputClass}
          />
        )}
      </Field>
      <Field id="new-email" label="Email" errors={errors.email}>
        {(describedBy) => (
          <input
            id="new-email"
            name="email"
            type="email"
            autoComplete="off"
            required
            defaultValue={values?.email}
            aria-describedby={describedBy}
            aria-invalid={invalid('email')}
            className={inputClass}
          />
        )}
      </Field>
      <Field id="new-role" label="Role" errors={errors.role}>
        {(describedBy) => (
          <select
            id="new-role"
            name="role"
            defaultValue={values?.role || 'contributor'}
            aria-describedby={describedBy}
            aria-invalid={invalid('role')}
            className={inputClass}
          >
            {roles.map((role) => (
              <option key={role} value={role}>
                {roleLabels[role]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="new-password"
        label="Temporary password"
        hint="At least 12 characters. Give it to them in person or by another channel."
        errors={errors.password}
      >
        {(describedBy) => (
          <input
            id="new-password"
            name="password"
            type="password"
            autoComplete="new-password"
            required
            minLength={12}
            aria-describedby={describedBy}
            aria-invalid={invalid('password')}
            className={inputClass}
          />
        )}
      </Field>
      <p
        role="status"
        aria-live="polite"
        className={`text-sm font-semibold ${state.status === 'error' ? 'text-accent-dark' : ''}`}
      >
        {state.status === 'idle' ? null : state.message}
      </p>
      <div>
        <SubmitButton pendingLabel="Creating…">Create account</SubmitButton>
      </div>
    </form>
  );
}
