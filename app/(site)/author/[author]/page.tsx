import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/site/article-list';
import { JsonLd } from '@/components/site/json-ld';
import { PageHeading } from '@/components/site/page-heading';
import { ResponsiveImage } from '@/components/site/responsive-image';
import { authorPageJsonLd } from '@/lib/articles/json-ld';
import { authorMetadata } from '@/lib/articles/listing-metadata';
import { getAuthor, listAuthorArticles, listAuthorSlugs } from '@/lib/articles/queries';

type Props = PageProps<'/author/[author]'>;

export async function generateStaticParams() {
  return (await listAuthorSlugs()).map((author) => ({ author }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = await getAuthor((await params).author);
  return author ? authorMetadata(author) : {};
}

// An author's or desk's page lists their newest 36 stories; older ones are found by search.
export default async function AuthorPage({ params }: Props) {
  const author = await getAuthor((await params).author);
  if (!author) notFound();
  const pages = await Promise.all([1, 2, 3].map((p) => listAuthorArticles(author.slug, p)));
  const articles = pages.flatMap((p) => p.items);
  const total = pages[0]?.total ?? 0;
  const photo = author.photoSrc ? (
    <ResponsiveImage src={author.photoSrc} alt={author.name} width={96} height={96} sizes="96px" className="size-24 shrink-0 rounded-full object-cover" />
  ) : null;
  return (
    <>
      <JsonLd data={authorPageJsonLd(author)} />
      <PageHeading kicker={author.type === 'desk' ? 'Desk' : 'Writer'} title={author.name} figure={photo}>
        {author.role ? <p className="font-semibold text-ink">{author.role}</p> : null}
        {author.bio ? <p>{author.bio}</p> : null}
        <p>
          {total} {total === 1 ? 'story' : 'stories'}
        </p>
      </PageHeading>
      <ArticleList articles={articles} />
    </>
  );
}
