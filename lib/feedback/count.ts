import type { FeedbackProblem } from './problems';

// The client-safe half of the feedback rules (no zod, so the article page's script stays
// small): the form's live counter and the server's validation both count with this.

export const feedbackMinLength = 30;
export const feedbackMaxLength = 5000;

// Made when first needed: building it loads the locale's segmentation data, which a page that
// only shows the form should not pay for while it loads.
let segmenter: Intl.Segmenter | undefined;

/** Characters as a person sees them: "é" (e + combining accent) and "👍🏽" count as one. */
export function countCharacters(text: string): number {
  const trimmed = text.trim();
  // Printable ASCII, tabs and newlines are one character each; segmenting costs far more.
  if (/^[\x20-\x7E\t\n]*$/.test(trimmed)) return trimmed.length;
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(trimmed)).length;
}

/** What became of a message: stored (or already stored), or refused for a reason the reader is told. */
export type FeedbackOutcome = { status: 'thanks' } | { status: 'error'; problem: FeedbackProblem; message: string };
