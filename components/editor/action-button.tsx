'use client';

import { useActionState } from 'react';
import { SubmitButton } from './submit-button';

/** What a one-button action answers: only a refusal is shown beside the button. */
type ButtonState = { status: 'idle' } | { status: 'ok'; message: string } | { status: 'error'; message: string };

interface Props<S extends ButtonState> {
  action: (previous: S, formData: FormData) => Promise<S>;
  fields: Record<string, string | number>;
  children: React.ReactNode;
  pendingLabel?: string;
  variant?: 'primary' | 'secondary' | 'danger';
  /** Asked first, as a question the browser shows. */
  confirm?: string;
  className?: string;
  /** The button's name for assistive technology, when its words alone do not say enough. */
  label?: string;
}

/**
 * One button that runs one newsroom action, as a form of its own: it works without JavaScript
 * (the action answers with the page again), and says why when the action is refused.
 */
export function ActionButton<S extends ButtonState>({ action, fields, children, pendingLabel, variant = 'secondary', confirm, className = '', label }: Props<S>) {
  const [state, formAction] = useActionState<S, FormData>(action as (previous: Awaited<S>, formData: FormData) => Promise<S>, { status: 'idle' } as Awaited<S>);
  return (
    <form
      action={formAction}
      className={`inline-flex flex-wrap items-center gap-2 ${className}`}
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton variant={variant} pendingLabel={pendingLabel} className="text-sm" aria-label={label}>
        {children}
      </SubmitButton>
      {state.status === 'error' ? (
        <span role="alert" className="text-sm font-semibold text-accent-dark">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
