import type { Metadata } from 'next';
import { tagMetadata } from '@/lib/articles/listing-metadata';
import { getTag, listTagSlugs } from '@/lib/articles/queries';
import { TagView } from './tag-view';

export async function generateStaticParams() {
  return (await listTagSlugs()).map((tag) => ({ tag }));
}

export async function generateMetadata({ params }: PageProps<'/tag/[tag]'>): Promise<Metadata> {
  const tag = await getTag((await params).tag);
  return tag ? tagMetadata(tag, 1) : {};
}

export default async function TagPage({ params }: PageProps<'/tag/[tag]'>) {
  return <TagView slug={(await params).tag} page={1} />;
}
