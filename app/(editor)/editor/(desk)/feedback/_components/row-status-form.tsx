'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/editor/submit-button';
import { updateFeedbackStatus, type FeedbackStatusState } from '@/lib/feedback/inbox-actions';
import type { FeedbackStatus } from '@/lib/feedback/schema';
import { markLabels } from './labels';

/** A row's status buttons: every status but the one the message has. */
export function RowStatusForm({ id, current }: { id: number; current: FeedbackStatus }) {
  const [state, action] = useActionState<FeedbackStatusState, FormData>(updateFeedbackStatus, {
    status: 'idle',
  });
  const choices = (Object.keys(markLabels) as FeedbackStatus[]).filter((s) => s !== current);
  return (
    <form action={action}>
      <input type="hidden" name="ids" value={id} />
      <div role="group" aria-label={`Status of message ${id}`} className="flex flex-wrap gap-1">
        {choices.map((status) => (
          <SubmitButton
            key={status}
            name="status"
            value={status}
            variant="secondary"
            className="px-2 py-1 text-xs whitespace-nowrap"
          >
            {markLabels[status]}
          </SubmitButton>
        ))}
      </div>
      <p
        role="status"
        className={`mt-1 text-xs font-semibold empty:hidden ${state.status === 'error' ? 'text-accent-dark' : ''}`}
      >
        {state.status === 'idle' ? null : state.message}
      </p>
    </form>
  );
}
