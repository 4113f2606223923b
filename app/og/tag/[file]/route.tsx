import { getTag, listTagSlugs } from '@/lib/articles/queries';
import { notFoundImage, pngName } from '@/lib/og/params';
import { renderBrandCard } from '@/lib/og/render';
import { getSite } from '@/lib/site';

export const dynamic = 'force-static';

export async function generateStaticParams() {
  return (await listTagSlugs()).map((slug) => ({ file: `${slug}.png` }));
}

export async function GET(_request: Request, { params }: RouteContext<'/og/tag/[file]'>) {
  const slug = pngName((await params).file);
  const tag = slug ? await getTag(slug) : null;
  if (!tag) return notFoundImage();
  const site = getSite();
  return renderBrandCard({ publication: site.name, kicker: 'Topic', title: tag.name, description: `The latest ${site.name} stories about ${tag.name}.` });
}
