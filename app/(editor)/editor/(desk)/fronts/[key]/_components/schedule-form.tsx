'use client';

import { useActionState } from 'react';
import { inputClass } from '@/components/editor/field';
import { SubmitButton } from '@/components/editor/submit-button';
import { scheduleFront } from '@/lib/fronts/actions';
import type { FrontFormState } from '@/lib/fronts/schema';

/** Launch the draft as it is now at a time to come (the newsroom's time zone). */
export function ScheduleForm({ frontKey, version }: { frontKey: string; version: number }) {
  const [state, formAction] = useActionState<FrontFormState, FormData>(scheduleFront, {
    status: 'idle',
  });
  const error =
    state.status === 'error' ? (state.fieldErrors?.launchAt?.join(' ') ?? state.message) : null;
  return (
    <form
      action={formAction}
      className="flex flex-wrap items-end gap-3"
      aria-label="Schedule a launch"
    >
      <input type="hidden" name="key" value={frontKey} />
      <input type="hidden" name="version" value={version} />
      <div className="grid gap-1">
        <label htmlFor="front-launch-at" className="font-semibold">
          Launch time (newsroom time zone)
        </label>
        <input
          id="front-launch-at"
          name="launchAt"
          type="datetime-local"
          required
          aria-invalid={Boolean(error)}
          aria-describedby={error ? 'front-launch-at-error' : undefined}
          className={inputClass}
        />
      </div>
      <SubmitButton variant="secondary" pendingLabel="Scheduling…">
        Schedule this draft
      </SubmitButton>
      <p
        id="front-launch-at-error"
        aria-live="polite"
        className="w-full text-sm font-semibold text-accent-dark"
      >
        {error ?? ''}
      </p>
    </form>
  );
}
