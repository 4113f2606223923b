import 'server-only';
import { requireRole, type CurrentUser } from './current-user';
import { NotAllowedError } from './not-allowed';
import type { Role } from './roles';

export type RoleCheck = { user: CurrentUser } | { denied: string };

/**
 * requireRole for server actions, whose answer is a form state: signed out still goes to the
 * sign-in page, but a signed-in user without the role gets a message to show, not a crash.
 */
export async function checkRole(atLeast: Role): Promise<RoleCheck> {
  try {
    return { user: await requireRole(atLeast) };
  } catch (error) {
    if (error instanceof NotAllowedError) return { denied: error.message };
    throw error;
  }
}
