import { canEdit, canTake } from '@/lib/newsroom/workflow';
import type { CurrentUser } from '@/lib/auth/current-user';
import { articleIntents, type ArticleIntent, type ArticleStatus } from '@/lib/newsroom/schema';

/** The workflow buttons this user gets for an article in this state (the server checks again). */
export function allowedIntents(user: CurrentUser, article: { status: ArticleStatus; createdBy: number | null }): ArticleIntent[] {
  if (!canEdit(user, article)) return [];
  return articleIntents.filter((intent) => canTake(intent, user.role, article.status));
}
