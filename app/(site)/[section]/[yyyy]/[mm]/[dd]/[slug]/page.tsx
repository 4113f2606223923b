import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { FeedbackBox } from '@/components/site/feedback-box';
import { JsonLd } from '@/components/site/json-ld';
import { LiveCoverage } from '@/components/site/live/live-coverage';
import { StoryBody } from '@/components/site/story/story-body';
import { TextSizeScript } from '@/components/site/text-size-script';
import { newsArticleJsonLd } from '@/lib/articles/json-ld';
import { buildArticleMetadata } from '@/lib/articles/metadata';
import { getArticleAt, listPrerenderedArticles, listReadAlsoCards, listRelated } from '@/lib/articles/queries';
import { tagPath } from '@/lib/articles/urls';
import { liveBlogJsonLd } from '@/lib/live/json-ld';
import { getLivePage } from '@/lib/live/queries';
import { absoluteUrl, getSite } from '@/lib/site';
import { ArticleHeader } from './_components/article-header';
import { CorrectionsNote } from './_components/corrections-note';
import { HeroFigure } from './_components/hero-figure';
import { RelatedArticles } from './_components/related-articles';
import { ShareLinks } from './_components/share-links';
import { TextSizeControl } from './_components/text-size-control';
import { textDirection } from '@/lib/articles/text-direction';

type Props = PageProps<'/[section]/[yyyy]/[mm]/[dd]/[slug]'>;

export async function generateStaticParams() {
  const paths = await listPrerenderedArticles();
  return paths.map(({ path }) => {
    const [, section, yyyy, mm, dd, slug] = path.split('/');
    return { section, yyyy, mm, dd, slug };
  });
}

async function resolve(params: Props['params']) {
  const { section, yyyy, mm, dd, slug } = await params;
  const found = await getArticleAt(`/${section}/${yyyy}/${mm}/${dd}/${slug}`);
  if (!found) notFound();
  // An article that was renamed, moved or re-dated keeps answering at its old address.
  if (found.kind === 'moved') permanentRedirect(found.to);
  return found.article;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { section, yyyy, mm, dd, slug } = await params;
  const found = await getArticleAt(`/${section}/${yyyy}/${mm}/${dd}/${slug}`);
  // Missing and moved articles are answered by the page itself (404 or redirect).
  return found?.kind === 'article' ? buildArticleMetadata(found.article) : {};
}

export default async function ArticlePage({ params }: Props) {
  const article = await resolve(params);
  const [readAlso, related, live] = await Promise.all([
    listReadAlsoCards(article.story),
    listRelated(article),
    article.live ? getLivePage(article.id, 1) : null,
  ]);
  const url = absoluteUrl(article.path);

  return (
    <article lang={article.language} dir={textDirection(article.language)} className="mx-auto max-w-3xl">
      <TextSizeScript />
      <JsonLd data={article.live && live ? liveBlogJsonLd(article, article.live, live) : newsArticleJsonLd(article)} />
      <ArticleHeader article={article} />
      <div className="mt-5 flex flex-wrap items-center justify-between gap-x-6 gap-y-3 border-y border-rule py-3">
        <ShareLinks url={url} title={article.headline} />
        <TextSizeControl />
      </div>
      {article.hero ? <HeroFigure hero={article.hero} /> : null}
      <StoryBody story={article.story} readAlso={readAlso} />
      {article.live && live ? <LiveCoverage articleId={article.id} articlePath={article.path} live={article.live} page={live} /> : null}
      <CorrectionsNote corrections={article.corrections} />
      {article.tags.length > 0 ? (
        <nav aria-label="Topics" className="mt-8">
          <ul className="flex flex-wrap gap-2">
            {article.tags.map((tag) => (
              <li key={tag.slug}>
                <Link href={tagPath(tag.slug)} className="inline-block bg-wash px-3 py-1.5 text-sm hover:underline">
                  {tag.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <section id="feedback" aria-label="Reader feedback" className="mt-12 scroll-mt-4">
        <FeedbackBox articleId={article.id} publicationName={getSite().name} />
      </section>
      <RelatedArticles articles={related} />
    </article>
  );
}
