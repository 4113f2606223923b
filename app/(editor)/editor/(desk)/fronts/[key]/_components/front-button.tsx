'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/editor/submit-button';
import type { FrontFormState } from '@/lib/fronts/schema';

type FrontAction = (previous: FrontFormState, formData: FormData) => Promise<FrontFormState>;

interface Props {
  action: FrontAction;
  fields: Record<string, string | number>;
  children: React.ReactNode;
  pendingLabel?: string;
  variant?: 'primary' | 'secondary' | 'danger';
  /** Asked first, as a question the browser shows. */
  confirm?: string;
  className?: string;
}

/**
 * One button that makes one change to a front, as a form of its own: it works without JavaScript
 * (the action answers with the editor page again), and says why when a change is refused.
 */
export function FrontButton({
  action,
  fields,
  children,
  pendingLabel,
  variant = 'secondary',
  confirm,
  className = '',
}: Props) {
  const [state, formAction] = useActionState<FrontFormState, FormData>(action, { status: 'idle' });
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
      <SubmitButton variant={variant} pendingLabel={pendingLabel} className="text-sm">
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
