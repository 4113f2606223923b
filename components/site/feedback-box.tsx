import { submitFeedback } from '@/lib/feedback/actions';
import { countCharacters, feedbackMaxLength, feedbackMinLength } from '@/lib/feedback/count';

// "Your Opinion Matters", whole in the server's HTML: without JavaScript the browser checks the
// length, the form posts to its server action, and the reader lands on the thank-you (shown by
// `:target`, see globals.css) or on a page with the form again. The reader script
// (components/site/islands/feedback.ts) adds the live counter, sends without leaving the page,
// and shows the states drawn here: the thank-you, and the paragraph being reported (<template>).

export interface FeedbackBoxProps {
  articleId: number;
  publicationName: string;
  /** What was typed, when the form comes back after a refusal. */
  message?: string;
  /** Why it came back. */
  error?: string;
}

export function FeedbackBox({ articleId, publicationName, message = '', error }: FeedbackBoxProps) {
  const count = countCharacters(message);
  return (
    <div className="feedback-box" data-feedback="">
      <div id="feedback-sent" tabIndex={-1} role="status" className="feedback-sent bg-wash px-5 py-6 focus:outline-none">
        <h2 className="font-serif text-2xl font-bold">Thank You</h2>
        <p className="mt-2">Thank you for sharing your thoughts. We appreciate your feedback.</p>
      </div>
      <form action={submitFeedback} className="feedback-form bg-wash px-5 py-6" aria-labelledby="feedback-heading">
        <h2 id="feedback-heading" className="font-serif text-2xl font-bold">
          Your Opinion Matters
        </h2>
        <p className="mt-2">
          Share your experiences, suggestions, and any issues you&apos;ve encountered on {publicationName}. We&apos;re here to
          listen.
        </p>
        <input type="hidden" name="articleId" value={articleId} />
        {/* Filled by the script, one key per message: a double click or a retry is stored once. */}
        <input type="hidden" name="idempotencyKey" defaultValue="" />
        <template data-report-paragraph="">
          <button type="button" className="report-paragraph">
            Report an error in this paragraph
          </button>
        </template>
        <template data-feedback-scope="">
          <div className="mt-4 border-l-4 border-accent bg-paper px-3 py-2 text-sm">
            <p>
              <strong>
                Reporting an error in paragraph <span data-slot="number" />:
              </strong>{' '}
              <q data-slot="quote" />
            </p>
            <button type="button" className="mt-1 underline" data-action="clear-scope">
              Comment on the whole article instead
            </button>
            <input type="hidden" name="paragraph" data-slot="anchor" />
            <input type="hidden" name="quote" data-slot="full-quote" />
          </div>
        </template>
        <label htmlFor="feedback-message" className="sr-only">
          Your message
        </label>
        <textarea
          id="feedback-message"
          name="message"
          rows={5}
          required
          minLength={feedbackMinLength}
          maxLength={feedbackMaxLength}
          defaultValue={message}
          placeholder={`Enter at least ${feedbackMinLength} characters`}
          aria-describedby="feedback-count feedback-error"
          aria-invalid={error ? true : undefined}
          className="mt-4 block w-full border border-muted bg-white p-3 text-base"
        />
        <div className="mt-2 flex items-center justify-between gap-4">
          <p id="feedback-count" className="text-sm text-muted">
            <span className="sr-only">Characters: </span>
            <span data-slot="count">{`${count.toLocaleString('en-US')} / ${(count < feedbackMinLength ? feedbackMinLength : feedbackMaxLength).toLocaleString('en-US')}`}</span>
          </p>
          <div className="hidden" aria-hidden="true">
            <label>
              Website
              <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
            </label>
          </div>
          <button
            type="submit"
            data-pending-label="Sending…"
            className="bg-ink px-5 py-2 font-semibold text-paper hover:bg-accent disabled:cursor-not-allowed disabled:opacity-50"
          >
            Send
          </button>
        </div>
        <p id="feedback-error" aria-live="polite" className="mt-2 text-sm font-semibold text-accent-dark">
          {error}
        </p>
      </form>
    </div>
  );
}
