import { sections } from '@/lib/articles/sections';
import { sectionFeed } from '@/lib/feeds/build';
import { xmlResponse } from '@/lib/feeds/xml';

export const dynamic = 'force-static';

export function generateStaticParams() {
  return sections.map((s) => ({ section: s.slug }));
}

export async function GET(_request: Request, { params }: RouteContext<'/[section]/feed.xml'>) {
  const feed = await sectionFeed((await params).section);
  return feed ? xmlResponse(feed, 'application/rss+xml') : new Response('Not found', { status: 404 });
}
