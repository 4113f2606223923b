import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeading } from '@/components/site/page-heading';
import { PublishedDate } from '@/components/site/published-date';
import { robotsForPublicPages } from '@/lib/articles/metadata';
import { listCorrections } from '@/lib/articles/queries';
import { absoluteUrl, getSite } from '@/lib/site';

export function generateMetadata(): Metadata {
  return {
    title: 'Corrections and clarifications',
    description: `Every correction and clarification ${getSite().name} has published, newest first.`,
    alternates: { canonical: absoluteUrl('/corrections'), types: { 'application/rss+xml': absoluteUrl('/corrections/feed.xml') } },
    robots: robotsForPublicPages,
  };
}

export default async function CorrectionsPage() {
  const corrections = await listCorrections();
  return (
    <>
      <PageHeading title="Corrections and clarifications">
        We correct errors of fact promptly and say so. The newest corrections are listed first.
      </PageHeading>
      {corrections.length === 0 ? (
        <p>No corrections have been published.</p>
      ) : (
        <ol className="max-w-3xl divide-y divide-rule">
          {corrections.map((c) => (
            <li key={`${c.article.id}-${c.publishedAt}`} className="py-5">
              <p className="text-sm text-muted">
                <span className="font-semibold text-accent capitalize">{c.kind}</span> ·{' '}
                <PublishedDate iso={c.publishedAt} />
              </p>
              <h2 className="mt-1 font-serif text-xl font-bold">
                <Link prefetch={false} href={c.article.path} className="hover:underline">
                  {c.article.headline}
                </Link>
              </h2>
              <p className="mt-1">{c.text}</p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
