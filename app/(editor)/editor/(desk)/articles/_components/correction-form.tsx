'use client';

import { useActionState } from 'react';
import { Field, inputClass } from '@/components/editor/field';
import { SubmitButton } from '@/components/editor/submit-button';
import { addCorrection } from '@/lib/newsroom/actions';
import type { ArticleFormState } from '@/lib/newsroom/schema';

interface Props {
  articleId: number;
  corrections: { kind: string; text: string; published_at: string }[];
}

export function CorrectionForm({ articleId, corrections }: Props) {
  const [state, action] = useActionState<ArticleFormState, FormData>(addCorrection, { status: 'idle' });
  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  return (
    <section aria-labelledby="corrections-title" className="mt-12 border-t-2 border-ink pt-4">
      <h2 id="corrections-title" className="font-serif text-2xl font-bold">
        Corrections and clarifications
      </h2>
      {corrections.length ? (
        <ul className="mt-3 list-disc pl-5">
          {corrections.map((c) => (
            <li key={c.published_at}>
              <span className="font-semibold capitalize">{c.kind}</span> ({c.published_at.slice(0, 10)}): {c.text}
            </li>
          ))}
        </ul>
      ) : null}
      <form action={action} className="mt-4 grid max-w-2xl gap-3">
        <input type="hidden" name="articleId" value={articleId} />
        <Field id="kind" label="Kind">
          {() => (
            <select id="kind" name="kind" className={inputClass} defaultValue="correction">
              <option value="correction">Correction</option>
              <option value="clarification">Clarification</option>
            </select>
          )}
        </Field>
        <Field id="correction-text" label="Text shown to readers" errors={errors.text}>
          {(d) => <textarea id="correction-text" name="text" rows={3} aria-describedby={d} className={inputClass} />}
        </Field>
        <p role="alert" className="text-sm font-semibold text-accent-dark">
          {state.status === 'error' ? state.message : null}
        </p>
        <div>
          <SubmitButton pendingLabel="Adding…">Add correction</SubmitButton>
        </div>
      </form>
    </section>
  );
}
