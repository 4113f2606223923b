import type { Metadata } from 'next';
import Link from 'next/link';
import { inputClass } from '@/components/editor/field';
import { NotAllowedError } from '@/lib/auth/current-user';
import { listPeople } from '@/lib/people/queries';
import { NoAccess } from './_components/no-access';

export const metadata: Metadata = { title: 'People' };

async function loadPeople(query: string) {
  try {
    return await listPeople(query);
  } catch (error) {
    if (error instanceof NotAllowedError) return null;
    throw error;
  }
}

export default async function PeoplePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { q } = await searchParams;
  const query = typeof q === 'string' ? q.trim().slice(0, 100) : '';
  const people = await loadPeople(query);
  if (!people) return <NoAccess title="People" />;
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">People</h1>
      <p className="mt-2 max-w-2xl text-muted">
        The people and desks of the bylines: what their author pages say about them.
      </p>
      <form
        method="get"
        role="search"
        aria-label="Search people and desks"
        className="mt-6 flex max-w-xl items-end gap-3"
      >
        <label className="grid flex-1 gap-1 text-sm font-semibold">
          Name or role
          <input name="q" type="search" defaultValue={query} className={inputClass} />
        </label>
        <button type="submit" className="border border-ink px-4 py-2 font-semibold">
          Search
        </button>
      </form>
      {people.length === 0 ? (
        <p className="mt-6">
          {query ? `No person or desk matches “${query}”.` : 'No bylines yet.'}
        </p>
      ) : (
        <table className="mt-6 w-full text-left text-sm">
          <caption className="sr-only">
            People and desks{query ? ` matching “${query}”` : ''}
          </caption>
          <thead className="border-b-2 border-ink">
            <tr>
              <th className="py-2 pr-4">Name</th>
              <th className="pr-4">Kind</th>
              <th className="pr-4">Role</th>
              <th className="pr-4">Photo</th>
              <th>Published stories</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-rule">
            {people.map((p) => (
              <tr key={p.id}>
                <td className="py-3 pr-4">
                  <Link href={`/editor/people/${p.id}`} className="font-semibold underline">
                    {p.name}
                  </Link>
                </td>
                <td className="py-3 pr-4">{p.type === 'desk' ? 'Desk' : 'Person'}</td>
                <td className="py-3 pr-4">{p.role ?? <span className="text-muted">None</span>}</td>
                <td className="py-3 pr-4">
                  {p.hasPhoto ? 'Yes' : <span className="text-muted">No</span>}
                </td>
                <td className="py-3">{p.publishedCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
