'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/editor/submit-button';
import { roles, type Role } from '@/lib/auth/roles';
import { changeRole, setDisabled, type UserFormState } from '@/lib/users/actions';
import { roleLabels } from './labels';

interface Account {
  id: number;
  name: string;
  role: Role;
  isDisabled: boolean;
}

function Outcome({ id, state }: { id: string; state: UserFormState }) {
  return (
    <p
      id={id}
      role="status"
      className={`max-w-60 text-xs font-semibold empty:hidden ${state.status === 'error' ? 'text-accent-dark' : ''}`}
    >
      {state.status === 'idle' ? null : state.message}
    </p>
  );
}

/** Keyed by role where it is used: after a change, the select must start again from the new role. */
export function RoleForm({ account }: { account: Account }) {
  const [state, action] = useActionState<UserFormState, FormData>(changeRole, { status: 'idle' });
  const selectId = `role-${account.id}`;
  const hasError = state.status === 'error';
  return (
    <form action={action} className="grid gap-1">
      <input type="hidden" name="userId" value={account.id} />
      <div className="flex gap-2">
        <label htmlFor={selectId} className="sr-only">
          Role for {account.name}
        </label>
        <select
          id={selectId}
          name="role"
          defaultValue={account.role}
          aria-describedby={hasError ? `${selectId}-outcome` : undefined}
          aria-invalid={hasError || undefined}
          className="border border-muted bg-white px-2 py-1 aria-[invalid=true]:border-accent"
        >
          {roles.map((role) => (
            <option key={role} value={role}>
              {roleLabels[role]}
            </option>
          ))}
        </select>
        <SubmitButton
          variant="secondary"
          className="py-1 text-sm whitespace-nowrap"
          aria-label={`Change role of ${account.name}`}
        >
          Change role
        </SubmitButton>
      </div>
      <Outcome id={`${selectId}-outcome`} state={state} />
    </form>
  );
}

export function DisabledForm({ account }: { account: Account }) {
  const [state, action] = useActionState<UserFormState, FormData>(setDisabled, { status: 'idle' });
  const intent = account.isDisabled ? 'enable' : 'disable';
  const label = account.isDisabled ? 'Enable' : 'Disable';
  return (
    <form action={action} className="grid gap-1">
      <input type="hidden" name="userId" value={account.id} />
      <input type="hidden" name="intent" value={intent} />
      <div>
        <SubmitButton
          variant={account.isDisabled ? 'secondary' : 'danger'}
          className="py-1 text-sm"
          aria-label={`${label} ${account.name}`}
          aria-describedby={state.status === 'error' ? `disable-${account.id}-outcome` : undefined}
        >
          {label}
        </SubmitButton>
      </div>
      <Outcome id={`disable-${account.id}-outcome`} state={state} />
    </form>
  );
}
