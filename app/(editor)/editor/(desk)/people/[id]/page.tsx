import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { authorPath } from '@/lib/articles/urls';
import { NotAllowedError } from '@/lib/auth/current-user';
import { getPerson } from '@/lib/people/queries';
import { NoAccess } from '../_components/no-access';
import { PersonForm } from '../_components/person-form';

export const metadata: Metadata = { title: 'Edit person' };

async function loadPerson(id: number) {
  try {
    return { person: Number.isInteger(id) && id > 0 ? await getPerson(id) : null };
  } catch (error) {
    if (error instanceof NotAllowedError) return null;
    throw error;
  }
}

export default async function EditPersonPage({ params }: { params: Promise<{ id: string }> }) {
  const loaded = await loadPerson(Number((await params).id));
  if (!loaded) return <NoAccess title="People" />;
  const { person } = loaded;
  if (!person) notFound();
  const path = authorPath(person.slug);
  return (
    <>
      <p className="text-sm">
        <Link href="/editor/people" className="underline">
          People
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl font-bold">{person.name}</h1>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-semibold">Kind</dt>
        <dd>{person.type === 'desk' ? 'Desk' : 'Person'}</dd>
        <dt className="font-semibold">Author page</dt>
        <dd>
          {person.publishedCount > 0 ? (
            <Link href={path} target="_blank" className="underline">
              {path}
            </Link>
          ) : (
            <>
              <code>{path}</code>{' '}
              <span className="text-muted">
                (shown once a story under this byline is published)
              </span>
            </>
          )}
          <span className="block text-muted">
            The address stays as it is, even after a new name, so links to it keep working.
          </span>
        </dd>
      </dl>
      <div className="mt-8">
        <PersonForm person={person} />
      </div>
    </>
  );
}
