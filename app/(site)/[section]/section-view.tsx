import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/site/article-list';
import { PageHeading } from '@/components/site/page-heading';
import { Pagination } from '@/components/site/pagination';
import { listSectionArticles } from '@/lib/articles/queries';
import { findSection } from '@/lib/articles/sections';
import { sectionPath } from '@/lib/articles/urls';

export async function SectionView({ slug, page }: { slug: string; page: number }) {
  const section = findSection(slug);
  if (!section) notFound();
  const result = await listSectionArticles(section.slug, page);
  if (page > result.pageCount) notFound();
  return (
    <>
      <PageHeading title={section.name}>{section.description}</PageHeading>
      <ArticleList articles={result.items} showSection={false} />
      <Pagination page={page} pageCount={result.pageCount} pathFor={(p) => sectionPath(section.slug, p)} />
    </>
  );
}
