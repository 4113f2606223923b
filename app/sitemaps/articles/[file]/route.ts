import { parseArticleSitemapFile } from '@/lib/feeds/article-sitemaps';
import { articlesSitemap } from '@/lib/feeds/build';
import { xmlResponse } from '@/lib/feeds/xml';

// Month files (2026-11.xml, 2026-11-2.xml …) are drawn on first request and kept until an
// article of their month changes. The numbered files of before (1.xml …) still answer: crawlers
// that read the old index keep asking for them a while, and a redirect to the index would hand
// them an index where a urlset was promised.
export const dynamic = 'force-static';

export function generateStaticParams() {
  return [{ file: '1.xml' }];
}

export async function GET(
  _request: Request,
  { params }: RouteContext<'/sitemaps/articles/[file]'>,
) {
  const file = parseArticleSitemapFile((await params).file);
  const xml = file ? await articlesSitemap(file) : null;
  return xml ? xmlResponse(xml) : new Response('Not found', { status: 404 });
}
