import { formatBylines } from '@/lib/articles/bylines';
import { formatDisplayDate } from '@/lib/articles/dates';
import { getArticleById, listPrerenderedArticles } from '@/lib/articles/queries';
import { renderArticleCard } from '@/lib/og/article-card';
import { jpegName, notFoundImage, pngName } from '@/lib/og/params';
import { getSite } from '@/lib/site';

// Drawn at build time for every published article and again when the article changes (its
// cache tag); an unknown id is a 404, never an image of text taken from the URL.
export const dynamic = 'force-static';

export async function generateStaticParams() {
  return (await listPrerenderedArticles()).map(({ id }) => ({ file: `${id}.jpg` }));
}

export async function GET(_request: Request, { params }: RouteContext<'/og/article/[file]'>) {
  const { file } = await params;
  const before = pngName(file);
  const id = jpegName(file) ?? before;
  const article = id && /^\d+$/.test(id) ? await getArticleById(Number(id)) : null;
  if (!article) return notFoundImage();
  // Cards shared before the share images became JPEGs point at "12.png".
  if (before) return Response.redirect(new URL(`/og/article/${article.id}.jpg`, getSite().url), 308);
  const site = getSite();
  return renderArticleCard({
    publication: site.name,
    section: article.sectionName,
    headline: article.headline,
    byline: formatBylines(article.bylines),
    date: formatDisplayDate(article.publishedAt, site.timeZone),
    heroSrc: article.hero?.src ?? null,
    heroFocal: article.hero?.focal,
    live: Boolean(article.live && !article.live.endedAt),
  });
}
