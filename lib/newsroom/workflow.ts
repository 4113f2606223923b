import { hasRole, type Role } from '../auth/roles';
import type { ArticleStatus } from './schema';

// The workflow: which action moves an article from which state, and who may take it. Pure
// rules, safe for the client, checked again on the server by every action.

export type ArticleAction = 'save' | 'submit' | 'publish' | 'schedule' | 'unpublish' | 'correct' | 'restore';

const transitions: Record<ArticleAction, { from: ArticleStatus[]; role: Role }> = {
  save: { from: ['draft', 'in_review', 'scheduled', 'published', 'unpublished'], role: 'contributor' },
  submit: { from: ['draft', 'unpublished'], role: 'contributor' },
  publish: { from: ['draft', 'in_review', 'scheduled', 'unpublished'], role: 'editor' },
  schedule: { from: ['draft', 'in_review', 'unpublished', 'scheduled'], role: 'editor' },
  unpublish: { from: ['published', 'scheduled'], role: 'editor' },
  correct: { from: ['published'], role: 'editor' },
  restore: { from: ['draft', 'in_review', 'scheduled', 'published', 'unpublished'], role: 'contributor' },
};

export function canTake(action: ArticleAction, role: Role, status: ArticleStatus): boolean {
  const rule = transitions[action];
  return hasRole(role, rule.role) && rule.from.includes(status);
}

/** Contributors may only touch their own drafts and articles in review; editors, everything. */
export function canEdit(user: { id: number; role: Role }, article: { status: ArticleStatus; createdBy: number | null }): boolean {
  if (hasRole(user.role, 'editor')) return true;
  return article.createdBy === user.id && (article.status === 'draft' || article.status === 'in_review' || article.status === 'unpublished');
}

export const statusLabels: Record<ArticleStatus, string> = {
  draft: 'Draft',
  in_review: 'In review',
  scheduled: 'Scheduled',
  published: 'Published',
  unpublished: 'Unpublished',
};
