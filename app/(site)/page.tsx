import type { Metadata } from 'next';
import Link from 'next/link';
import { JsonLd } from '@/components/site/json-ld';
import { frontPageJsonLd } from '@/lib/articles/json-ld';
import { robotsForPublicPages } from '@/lib/articles/metadata';
import { ArticleCard } from '@/components/site/article-card';
import { getFrontPage } from '@/lib/articles/queries';
import { sectionPath } from '@/lib/articles/urls';
import { absoluteUrl, getSite } from '@/lib/site';

export function generateMetadata(): Metadata {
  const site = getSite();
  const title = `${site.name}: ${site.tagline}`;
  const images = [{ url: absoluteUrl('/og/site.png'), width: 1200, height: 630, alt: site.name }];
  return {
    title: { absolute: title },
    description: site.tagline,
    alternates: { canonical: `${site.url}/`, types: { 'application/rss+xml': absoluteUrl('/feed.xml') } },
    robots: robotsForPublicPages,
    openGraph: { type: 'website', url: `${site.url}/`, title, description: site.tagline, siteName: site.name, images },
    twitter: { card: 'summary_large_image', title, description: site.tagline, images },
  };
}

export default async function FrontPage() {
  const { lead, secondary, latest, blocks } = await getFrontPage();
  return (
    <>
      <JsonLd data={frontPageJsonLd()} />
      <h1 className="sr-only">{getSite().name}: front page</h1>
      <div className="grid gap-10 lg:grid-cols-4">
        <section aria-label="Top stories" className="lg:col-span-3">
          {lead ? <ArticleCard article={lead} variant="lead" headingLevel="h2" /> : <p>No stories yet.</p>}
          <div className="mt-10 grid gap-8 border-t border-rule pt-6 sm:grid-cols-3">
            {secondary.map((a) => (
              <ArticleCard key={a.id} article={a} />
            ))}
          </div>
        </section>
        <section aria-labelledby="latest-heading" className="border-t-2 border-ink pt-3 lg:border-t-0 lg:border-l lg:border-rule lg:pt-0 lg:pl-6">
          <h2 id="latest-heading" className="font-serif text-xl font-bold">
            Latest
          </h2>
          <ol className="mt-3 divide-y divide-rule">
            {latest.map((a) => (
              <li key={a.id} className="py-3">
                <ArticleCard article={a} variant="compact" />
              </li>
            ))}
          </ol>
        </section>
      </div>
      {blocks
        .filter((b) => b.articles.length > 0)
        .map(({ section, articles }) => (
          <section key={section.slug} aria-labelledby={`section-${section.slug}`} className="mt-14 border-t-2 border-ink pt-3">
            <h2 id={`section-${section.slug}`} className="font-serif text-2xl font-bold">
              <Link href={sectionPath(section.slug)} className="hover:underline">
                {section.name}
              </Link>
            </h2>
            <div className="mt-5 grid gap-x-8 gap-y-10 sm:grid-cols-2 lg:grid-cols-4">
              {articles.map((a) => (
                <ArticleCard key={a.id} article={a} showSection={false} />
              ))}
            </div>
          </section>
        ))}
    </>
  );
}
