import { articlesSitemap } from '@/lib/feeds/build';
import { xmlResponse } from '@/lib/feeds/xml';

export const dynamic = 'force-static';

export function generateStaticParams() {
  return [{ file: '1.xml' }];
}

export async function GET(_request: Request, { params }: RouteContext<'/sitemaps/articles/[file]'>) {
  const part = /^([1-9]\d{0,3})\.xml$/.exec((await params).file)?.[1];
  const xml = part ? await articlesSitemap(Number(part)) : null;
  return xml ? xmlResponse(xml) : new Response('Not found', { status: 404 });
}
