'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/editor/submit-button';
import type { LiveFormState } from '@/lib/live/schema';

interface Props {
  action: (previous: LiveFormState, formData: FormData) => Promise<LiveFormState>;
  fields: Record<string, string | number>;
  label: string;
  pendingLabel: string;
  variant?: 'primary' | 'secondary' | 'danger';
  /** Asked first, as a question the browser shows. */
  confirm?: string;
}

/** One button that runs one live-desk action, and says how it went. */
export function ActionButton({ action, fields, label, pendingLabel, variant = 'secondary', confirm }: Props) {
  const [state, formAction] = useActionState<LiveFormState, FormData>(action, { status: 'idle' });
  return (
    <form
      action={formAction}
      className="inline-flex items-center gap-2"
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton variant={variant} pendingLabel={pendingLabel}>
        {label}
      </SubmitButton>
      {state.status === 'error' ? (
        <span role="alert" className="text-sm font-semibold text-accent-dark">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
