import type { Metadata } from 'next';
import { FrontView } from '@/components/site/front/front-view';
import { JsonLd } from '@/components/site/json-ld';
import { frontPageJsonLd } from '@/lib/articles/json-ld';
import { robotsForPublicPages } from '@/lib/articles/metadata';
import { getFront } from '@/lib/fronts/queries';
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

// The home page is a front (lib/fronts): arranged by editors, or the automatic layout until then.
export default async function FrontPage() {
  const { front, paths } = await getFront('home');
  return (
    <>
      <JsonLd data={frontPageJsonLd(paths)} />
      <h1 className="sr-only">{getSite().name}: front page</h1>
      <FrontView front={front} />
    </>
  );
}
