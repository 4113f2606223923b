import { formatBylines } from '@/lib/articles/bylines';
import { formatDisplayDate } from '@/lib/articles/dates';
import { getArticleById, listPrerenderedArticles } from '@/lib/articles/queries';
import { notFoundImage, pngName } from '@/lib/og/params';
import { renderArticleCard } from '@/lib/og/render';
import { getSite } from '@/lib/site';

// Drawn at build time for every published article and again when the article changes (its
// cache tag); an unknown id is a 404, never an image of text taken from the URL.
export const dynamic = 'force-static';

export async function generateStaticParams() {
  return (await listPrerenderedArticles()).map(({ id }) => ({ file: `${id}.png` }));
}

export async function GET(_request: Request, { params }: RouteContext<'/og/article/[file]'>) {
  const id = pngName((await params).file);
  const article = id && /^\d+$/.test(id) ? await getArticleById(Number(id)) : null;
  if (!article) return notFoundImage();
  const site = getSite();
  return renderArticleCard({
    publication: site.name,
    section: article.sectionName,
    headline: article.headline,
    byline: formatBylines(article.bylines),
    date: formatDisplayDate(article.publishedAt, site.timeZone),
    heroSrc: article.hero?.src ?? null,
  });
}
