import { getAuthor, listAuthorSlugs } from '@/lib/articles/queries';
import { notFoundImage, pngName } from '@/lib/og/params';
import { renderBrandCard } from '@/lib/og/render';
import { getSite } from '@/lib/site';

export const dynamic = 'force-static';

export async function generateStaticParams() {
  return (await listAuthorSlugs()).map((slug) => ({ file: `${slug}.png` }));
}

export async function GET(_request: Request, { params }: RouteContext<'/og/author/[file]'>) {
  const slug = pngName((await params).file);
  const author = slug ? await getAuthor(slug) : null;
  if (!author) return notFoundImage();
  const site = getSite();
  return renderBrandCard({
    publication: site.name,
    kicker: author.type === 'desk' ? 'Desk' : 'Writer',
    title: author.name,
    description: author.bio ?? `Stories by ${author.name} in ${site.name}.`,
  });
}
