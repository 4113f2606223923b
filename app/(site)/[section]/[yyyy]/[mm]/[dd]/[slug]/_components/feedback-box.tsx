'use client';

import { useActionState, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { submitFeedback } from '@/lib/feedback/actions';
import { countCharacters, feedbackMaxLength, feedbackMinLength, thankYou, type SubmitFeedbackState } from '@/lib/feedback/count';
import { useParagraphReports, type ParagraphScope } from './use-paragraph-reports';

const initialState: SubmitFeedbackState = { status: 'idle' };
const noSubscription = () => () => {};

/** "Your Opinion Matters": works as a plain form POST, and better once hydrated. */
export function FeedbackBox({ articleId, articlePath, publicationName }: { articleId: number; articlePath: string; publicationName: string }) {
  // The permalink is where the form posts before the script has loaded (or without it): the
  // article again, at this box. It also gives the form a real action URL in the HTML.
  const [state, formAction, pending] = useActionState(submitFeedback, initialState, `${articlePath}#feedback`);
  const [draft, setDraft] = useState<string | null>(null);
  const [scope, setScope] = useState<ParagraphScope | null>(null);
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const keyRef = useRef<HTMLInputElement>(null);
  const thanksRef = useRef<HTMLDivElement>(null);

  useParagraphReports((next) => {
    setScope(next);
    textareaRef.current?.focus();
  });

  useEffect(() => {
    if (state.status === 'thanks') thanksRef.current?.focus();
  }, [state.status]);

  if (state.status === 'thanks') {
    return (
      <div ref={thanksRef} tabIndex={-1} role="status" className="bg-wash px-5 py-6 focus:outline-none">
        <h2 className="font-serif text-2xl font-bold">{thankYou.heading}</h2>
        <p className="mt-2">{thankYou.message}</p>
      </div>
    );
  }

  // Without JavaScript the server re-renders this form with what was typed, so nothing is lost.
  const message = draft ?? (state.status === 'error' ? (state.values?.message ?? '') : '');
  const count = countCharacters(message);
  const target = count < feedbackMinLength ? feedbackMinLength : feedbackMaxLength;
  const error = state.status === 'error' ? state.message : null;

  return (
    <form
      action={formAction}
      onSubmit={() => {
        // One key per message: a double click or a retry is stored once.
        if (keyRef.current && !keyRef.current.value) keyRef.current.value = crypto.randomUUID();
      }}
      className="bg-wash px-5 py-6"
      aria-labelledby="feedback-heading"
    >
      <h2 id="feedback-heading" className="font-serif text-2xl font-bold">
        Your Opinion Matters
      </h2>
      <p className="mt-2">
        Share your experiences, suggestions, and any issues you&apos;ve encountered on {publicationName}. We&apos;re
        here to listen.
      </p>
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="idempotencyKey" ref={keyRef} defaultValue="" />
      {scope ? (
        <div className="mt-4 border-l-4 border-accent bg-paper px-3 py-2 text-sm">
          <p>
            <strong>Reporting an error in paragraph {scope.number}:</strong>{' '}
            <q>{scope.quote.length > 160 ? `${scope.quote.slice(0, 160)}…` : scope.quote}</q>
          </p>
          <button type="button" className="mt-1 underline" onClick={() => setScope(null)}>
            Comment on the whole article instead
          </button>
          <input type="hidden" name="paragraph" value={scope.anchor} />
          <input type="hidden" name="quote" value={scope.quote} />
        </div>
      ) : null}
      <label htmlFor="feedback-message" className="sr-only">
        Your message
      </label>
      <textarea
        id="feedback-message"
        ref={textareaRef}
        name="message"
        rows={5}
        value={message}
        onChange={(e) => setDraft(e.target.value)}
        placeholder={`Enter at least ${feedbackMinLength} characters`}
        aria-describedby="feedback-count feedback-error"
        aria-invalid={error ? true : undefined}
        className="mt-4 block w-full border border-muted bg-white p-3 text-base"
      />
      <div className="mt-2 flex items-center justify-between gap-4">
        <p id="feedback-count" className="text-sm text-muted">
          <span className="sr-only">Characters: </span>
          {count.toLocaleString('en-US')} / {target.toLocaleString('en-US')}
        </p>
        <div className="hidden" aria-hidden="true">
          <label>
            Website
            <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
          </label>
        </div>
        <button
          type="submit"
          // Only the script disables the button: without it the server is what refuses short messages.
          disabled={hydrated && (pending || count < feedbackMinLength || count > feedbackMaxLength)}
          className="bg-ink px-5 py-2 font-semibold text-paper hover:bg-accent disabled:cursor-not-allowed disabled:opacity-50"
        >
          {pending ? 'Sending…' : 'Send'}
        </button>
      </div>
      <p id="feedback-error" aria-live="polite" className="mt-2 text-sm font-semibold text-accent-dark">
        {error}
      </p>
    </form>
  );
}
