import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { LiveCoverage } from '@/components/site/live/live-coverage';
import { getArticleAt } from '@/lib/articles/queries';
import { parsePageNumber } from '@/lib/articles/paging';
import { getLivePage } from '@/lib/live/queries';
import { livePagePath } from '@/lib/live/urls';
import { textDirection } from '@/lib/articles/text-direction';

// Older updates of live coverage, 50 to a page after the article's own: drawn on first request.
type Props = PageProps<'/[section]/[yyyy]/[mm]/[dd]/[slug]/updates/[page]'>;

export function generateStaticParams() {
  return [];
}

async function resolve(params: Props['params']) {
  const { section, yyyy, mm, dd, slug, page } = await params;
  const number = parsePageNumber(page);
  const found = await getArticleAt(`/${section}/${yyyy}/${mm}/${dd}/${slug}`);
  if (!number || number < 2 || found?.kind !== 'article' || !found.article.live) notFound();
  const live = await getLivePage(found.article.id, number);
  if (number > live.pageCount) notFound();
  return { article: found.article, liveState: found.article.live, live };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { article, live } = await resolve(params);
  return {
    title: `${article.headline}: updates, page ${live.page}`,
    alternates: { canonical: livePagePath(article.path, live.page) },
  };
}

export default async function OlderUpdatesPage({ params }: Props) {
  const { article, liveState, live } = await resolve(params);
  return (
    <article lang={article.language} dir={textDirection(article.language)} className="mx-auto max-w-3xl">
      <p className="text-sm font-bold tracking-wider text-accent uppercase">Updates, page {live.page}</p>
      <h1 className="mt-2 font-serif text-3xl leading-tight font-bold">
        <Link href={article.path} className="hover:underline">
          {article.headline}
        </Link>
      </h1>
      <LiveCoverage articleId={article.id} articlePath={article.path} live={liveState} page={live} />
    </article>
  );
}
