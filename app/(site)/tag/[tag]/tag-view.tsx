import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/site/article-list';
import { PageHeading } from '@/components/site/page-heading';
import { Pagination } from '@/components/site/pagination';
import { getTag, listTagArticles } from '@/lib/articles/queries';
import { tagPath } from '@/lib/articles/urls';

export async function TagView({ slug, page }: { slug: string; page: number }) {
  const tag = await getTag(slug);
  if (!tag) notFound();
  const result = await listTagArticles(tag.slug, page);
  if (result.total === 0 || page > result.pageCount) notFound();
  return (
    <>
      <PageHeading kicker="Topic" title={tag.name}>
        {result.total} {result.total === 1 ? 'story' : 'stories'}
      </PageHeading>
      <ArticleList articles={result.items} />
      <Pagination page={page} pageCount={result.pageCount} pathFor={(p) => tagPath(tag.slug, p)} />
    </>
  );
}
