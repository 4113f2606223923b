import type { ArticleStatus, Role } from '../db/schema';

// Who may do what. Pure rules, checked on the server inside every editor query and action.
const rank: Record<Role, number> = { contributor: 1, editor: 2, admin: 3 };

export const roles = ['contributor', 'editor', 'admin'] as const satisfies readonly Role[];

export function hasRole(role: Role, atLeast: Role): boolean {
  return rank[role] >= rank[atLeast];
}

export type ArticleAction = 'save' | 'submit' | 'publish' | 'schedule' | 'unpublish' | 'correct' | 'restore';

/** The workflow: which action moves an article from which state, and who may take it. */
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
