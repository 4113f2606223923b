import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Role } from './roles';
import { checkRole } from './check-role';

const caller = vi.hoisted(() => ({ id: 7, role: 'editor' as Role, isSignedIn: true }));
vi.mock('./current-user', async () => {
  const { redirect } = await import('next/navigation');
  const fake = (await import('../test/fake-current-user')).fakeCurrentUser(caller);
  return {
    ...fake,
    // Signed out, requireRole redirects, which Next.js does by throwing: not a refusal to show.
    requireRole: async (atLeast: Role) => {
      if (!caller.isSignedIn) redirect('/editor/sign-in');
      return fake.requireRole(atLeast);
    },
  };
});

beforeEach(() => {
  caller.role = 'editor';
  caller.isSignedIn = true;
});

describe('checkRole', () => {
  it('hands back the user who has the role', async () => {
    expect(await checkRole('contributor')).toMatchObject({ user: { id: 7, role: 'editor' } });
    expect(await checkRole('editor')).toMatchObject({ user: { id: 7 } });
  });

  it('turns a missing role into a message for the form', async () => {
    expect(await checkRole('admin')).toEqual({ denied: 'You do not have permission to do that.' });
  });

  it('lets anything else through, such as the redirect of a signed-out visitor', async () => {
    caller.isSignedIn = false;
    await expect(checkRole('contributor')).rejects.toThrow('NEXT_REDIRECT');
  });
});
