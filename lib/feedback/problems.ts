import { feedbackMaxLength, feedbackMinLength } from './count';

// Why a reader's message was not taken, as a code (safe to put in an address: it cannot carry
// words of someone else's choosing onto our page) and as the sentence the reader reads.
export const feedbackProblems = ['empty', 'too-short', 'too-long', 'rate-limited', 'closed', 'stale-form', 'invalid'] as const;
export type FeedbackProblem = (typeof feedbackProblems)[number];

export function isFeedbackProblem(value: unknown): value is FeedbackProblem {
  return (feedbackProblems as readonly unknown[]).includes(value);
}

/** The sentence for `problem`; `count` is the characters the reader wrote, where it matters. */
export function describeProblem(problem: FeedbackProblem, count = 0): string {
  switch (problem) {
    case 'empty':
      return 'Please write your message.';
    case 'too-short':
      return `Please write at least ${feedbackMinLength} characters (you wrote ${count}).`;
    case 'too-long':
      return `Please keep it under ${feedbackMaxLength.toLocaleString('en-US')} characters (you wrote ${count.toLocaleString('en-US')}).`;
    case 'rate-limited':
      return 'You have sent several messages about this article in the last few minutes. Please wait a little and try again.';
    case 'closed':
      return 'This article is not open for feedback.';
    case 'stale-form':
      return 'The form is out of date: please reload the page and try again.';
    case 'invalid':
      return 'Something in the form is not right. Please check it and try again.';
  }
}
