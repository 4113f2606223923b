'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/editor/submit-button';
import { restoreRevision } from '@/lib/newsroom/actions';
import type { ArticleFormState } from '@/lib/newsroom/schema';

export function RestoreButton({ revisionId, version, label }: { revisionId: number; version: number; label: string }) {
  const [state, action] = useActionState<ArticleFormState, FormData>(restoreRevision, { status: 'idle' });
  return (
    <form action={action} className="text-right">
      <input type="hidden" name="revisionId" value={revisionId} />
      <input type="hidden" name="version" value={version} />
      <SubmitButton variant="secondary" className="py-1 text-sm" pendingLabel="Restoring…">
        {label}
      </SubmitButton>
      {state.status !== 'idle' && 'message' in state ? <p role="alert" className="text-sm text-accent-dark">{state.message}</p> : null}
    </form>
  );
}
