import type { Role } from '@/lib/db/schema';

export const roleLabels: Record<Role, string> = {
  contributor: 'Contributor',
  editor: 'Editor',
  admin: 'Admin',
};
