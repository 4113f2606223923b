import 'server-only';
import { readArticleById } from '../articles/queries/articles';
import { countCharacters, type FeedbackOutcome } from './count';

/** What was typed comes back with the form, as long as it fits in an address browsers accept. */
const maxCarriedChars = 6_000;

/** Where the reader lands after a plain form post: the article's thank-you, or the form again. */
export async function landingFor(articleId: number, outcome: FeedbackOutcome, message: string): Promise<string> {
  const article = Number.isInteger(articleId) && articleId > 0 ? await readArticleById(articleId) : null;
  if (outcome.status === 'thanks' && article) return `${article.path}#feedback-sent`;
  const problem = outcome.status === 'error' ? outcome.problem : 'closed';
  const query = new URLSearchParams({ problem, n: String(countCharacters(message)) });
  if (encodeURIComponent(message).length <= maxCarriedChars) query.set('text', message);
  return `/feedback/${article ? article.id : 0}?${query}`;
}

