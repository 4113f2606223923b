import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/site/article-list';
import { PageHeading } from '@/components/site/page-heading';
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
  return (
    <>
      <PageHeading kicker={author.type === 'desk' ? 'Desk' : 'Writer'} title={author.name}>
        {author.bio ? <p>{author.bio}</p> : null}
        <p>
          {total} {total === 1 ? 'story' : 'stories'}
        </p>
      </PageHeading>
      <ArticleList articles={articles} />
    </>
  );
}
