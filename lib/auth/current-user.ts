import 'server-only';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { auth } from './config';
import { NotAllowedError } from './not-allowed';
import { hasRole, type Role } from './roles';
import { findSessionUser } from './sessions';

export { NotAllowedError } from './not-allowed';

export interface CurrentUser {
  id: number;
  name: string;
  email: string;
  role: Role;
}

/** The signed-in user, with the role as the database has it now (once per request). */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  if (!session?.sessionId) return null;
  return (await findSessionUser(session.sessionId)) ?? null;
});

/**
 * The check inside every editor query and action. Signed out: to the sign-in page. Signed in
 * without the role: NotAllowedError, which actions turn into a message (checkRole in
 * check-role.ts) and pages into a 403 text.
 */
export async function requireRole(atLeast: Role): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect('/editor/sign-in');
  if (!hasRole(user.role, atLeast)) throw new NotAllowedError();
  return user;
}
