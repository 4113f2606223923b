import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/site/article-list';
import { FrontView } from '@/components/site/front/front-view';
import { JsonLd } from '@/components/site/json-ld';
import { PageHeading } from '@/components/site/page-heading';
import { Pagination } from '@/components/site/pagination';
import { sectionFrontJsonLd } from '@/lib/articles/json-ld';
import { listSectionArticles } from '@/lib/articles/queries';
import { findSection } from '@/lib/articles/sections';
import { sectionPath } from '@/lib/articles/urls';
import { getFront } from '@/lib/fronts/queries';

// A section's first page is its front (lib/fronts), arranged by editors or its twelve newest until
// then; the pages after it list the section's older stories, newest first.
export async function SectionView({ slug, page }: { slug: string; page: number }) {
  const section = findSection(slug);
  if (!section) notFound();
  const result = await listSectionArticles(section.slug, page);
  if (page > result.pageCount) notFound();
  const front = page === 1 ? await getFront(`section:${section.slug}`) : null;
  return (
    <>
      {front ? <JsonLd data={sectionFrontJsonLd({ name: section.name, path: sectionPath(section.slug) }, front.paths)} /> : null}
      <PageHeading title={section.name}>{section.description}</PageHeading>
      {front ? <FrontView front={front.front} section={section.slug} /> : <ArticleList articles={result.items} showSection={false} />}
      <Pagination page={page} pageCount={result.pageCount} pathFor={(p) => sectionPath(section.slug, p)} />
    </>
  );
}
