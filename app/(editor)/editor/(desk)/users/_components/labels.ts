import type { Role } from '@/lib/auth/roles';

export const roleLabels: Record<Role, string> = {
  contributor: 'Contributor',
  editor: 'Editor',
  admin: 'Admin',
};
