import type { Role } from '../accounts/roles';

// Who outranks whom. Pure rules, checked on the server inside every editor query and action;
// what each role may do to an article is the newsroom's workflow (lib/newsroom/workflow.ts).
export { roles, type Role } from '../accounts/roles';

const rank: Record<Role, number> = { contributor: 1, editor: 2, admin: 3 };

export function hasRole(role: Role, atLeast: Role): boolean {
  return rank[role] >= rank[atLeast];
}
