import type { UsersTable } from '../db/schema';

// The roles an account can have, lowest first. Safe for the client. What each role may do is
// sign-in's business (lib/auth/roles.ts), not the account store's.
export type Role = UsersTable['role'];

export const roles = ['contributor', 'editor', 'admin'] as const satisfies readonly Role[];
