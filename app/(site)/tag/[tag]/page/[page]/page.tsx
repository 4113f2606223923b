import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { tagMetadata } from '@/lib/articles/listing-metadata';
import { laterPages, parsePageNumber } from '@/lib/articles/paging';
import { getTag, listTagArticles, listTagSlugs } from '@/lib/articles/queries';
import { TagView } from '../../tag-view';

type Props = PageProps<'/tag/[tag]/page/[page]'>;

export async function generateStaticParams() {
  const tags = await listTagSlugs();
  const counts = await Promise.all(tags.map(async (tag) => ({ tag, pageCount: (await listTagArticles(tag)).pageCount })));
  return counts.flatMap(({ tag, pageCount }) => laterPages(pageCount).map((page) => ({ tag, page })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag: slug, page } = await params;
  const tag = await getTag(slug);
  return tag ? tagMetadata(tag, parsePageNumber(page) ?? 1) : {};
}

export default async function TagPagedPage({ params }: Props) {
  const { tag, page } = await params;
  const number = parsePageNumber(page);
  if (!number || number < 2) notFound();
  return <TagView slug={tag} page={number} />;
}
