'use client';

import { useActionState } from 'react';
import { inputClass } from '@/components/editor/field';
import { SubmitButton } from '@/components/editor/submit-button';
import { updateFeedbackStatus, type FeedbackStatusState } from '@/lib/feedback/inbox-actions';
import type { FeedbackStatus } from '@/lib/feedback/schema';
import { bulkFormId, statusLabels } from './labels';

/** The bulk action. The rows' checkboxes join this form through their `form` attribute. */
export function BulkStatusForm() {
  const [state, action] = useActionState<FeedbackStatusState, FormData>(updateFeedbackStatus, {
    status: 'idle',
  });
  return (
    <form
      id={bulkFormId}
      action={action}
      aria-label="Change the selected messages"
      className="flex flex-wrap items-end gap-3"
    >
      <label className="grid gap-1 text-sm font-semibold">
        Mark the selected messages as
        <select name="status" defaultValue="read" className={inputClass}>
          {(Object.keys(statusLabels) as FeedbackStatus[]).map((status) => (
            <option key={status} value={status}>
              {statusLabels[status]}
            </option>
          ))}
        </select>
      </label>
      <SubmitButton variant="secondary" pendingLabel="Applying…">
        Apply to selected
      </SubmitButton>
      <p
        role="status"
        className={`text-sm font-semibold ${state.status === 'error' ? 'text-accent-dark' : ''}`}
      >
        {state.status === 'idle' ? null : state.message}
      </p>
    </form>
  );
}
