import { NotAllowedError } from '../auth/not-allowed';
import { hasRole, type Role } from '../auth/roles';

/**
 * Stands in for lib/auth/current-user in unit tests of role-checked queries: requireRole as it
 * behaves for `caller` (read at each call, so a test can change the role). The real check, from
 * the session cookie, is covered end to end.
 */
export function fakeCurrentUser(caller: { id?: number; role: Role }) {
  return {
    NotAllowedError,
    requireRole: async (atLeast: Role) => {
      if (!hasRole(caller.role, atLeast)) throw new NotAllowedError();
      return { id: caller.id ?? 1, name: 'Caller', email: 'caller@example.org', role: caller.role };
    },
  };
}
