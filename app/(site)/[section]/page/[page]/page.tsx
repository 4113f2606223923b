import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { sectionMetadata } from '@/lib/articles/listing-metadata';
import { laterPages, parsePageNumber } from '@/lib/articles/paging';
import { listSectionArticles } from '@/lib/articles/queries';
import { sections } from '@/lib/articles/sections';
import { SectionView } from '../../section-view';

type Props = PageProps<'/[section]/page/[page]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { section, page } = await params;
  return sectionMetadata(section, parsePageNumber(page) ?? 1);
}

export default async function SectionPagedPage({ params }: Props) {
  const { section, page } = await params;
  const number = parsePageNumber(page);
  // Page 1 lives at the section's own address.
  if (!number || number < 2) notFound();
  return <SectionView slug={section} page={number} />;
}

export async function generateStaticParams() {
  const counts = await Promise.all(
    sections.map(async (s) => ({ section: s.slug, pageCount: (await listSectionArticles(s.slug, 1)).pageCount })),
  );
  return counts.flatMap(({ section, pageCount }) => laterPages(pageCount).map((page) => ({ section, page })));
}
