import type { Metadata } from 'next';
import { formatDisplayDate } from '@/lib/articles/dates';
import { NotAllowedError } from '@/lib/auth/current-user';
import { listUsers } from '@/lib/users/queries';
import { getSite } from '@/lib/site';
import { DisabledForm, RoleForm } from './_components/account-forms';
import { CreateUserForm } from './_components/create-user-form';
import { roleLabels } from './_components/labels';

export const metadata: Metadata = { title: 'Users' };

async function loadUsers() {
  try {
    return await listUsers();
  } catch (error) {
    if (error instanceof NotAllowedError) return null;
    throw error;
  }
}

export default async function UsersPage() {
  const users = await loadUsers();
  if (!users) {
    return (
      <>
        <h1 className="font-serif text-3xl font-bold">Users</h1>
        <p role="alert" className="mt-4">
          You do not have access to this page.
        </p>
      </>
    );
  }
  const { timeZone } = getSite();
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Users</h1>
      <div className="mt-6 overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Newsroom accounts</caption>
          <thead className="border-b-2 border-ink">
            <tr>
              <th className="py-2 pr-4">Name</th>
              <th className="pr-4">Email</th>
              <th className="pr-4">Role</th>
              <th className="pr-4">Account</th>
              <th className="pr-4">Created</th>
              <th className="pr-4">Change role</th>
              <th>
                <span className="sr-only">Disable or enable</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-rule">
            {users.map((u) => (
              <tr key={u.id} className={`align-top ${u.isDisabled ? 'text-muted' : ''}`}>
                <td className="py-3 pr-4 font-semibold">{u.name}</td>
                <td className="py-3 pr-4 whitespace-nowrap">{u.email}</td>
                <td className="py-3 pr-4">{roleLabels[u.role]}</td>
                <td className="py-3 pr-4">{u.isDisabled ? 'Disabled' : 'Active'}</td>
                <td className="py-3 pr-4 whitespace-nowrap">
                  <time dateTime={u.createdAt}>{formatDisplayDate(u.createdAt, timeZone)}</time>
                </td>
                <td className="py-2 pr-4">
                  <RoleForm key={u.role} account={u} />
                </td>
                <td className="py-2">
                  <DisabledForm account={u} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mt-10 border-t border-rule pt-6">
        <CreateUserForm />
      </div>
    </>
  );
}
