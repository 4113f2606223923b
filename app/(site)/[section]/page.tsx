import type { Metadata } from 'next';
import { sectionMetadata } from '@/lib/articles/listing-metadata';
import { sections } from '@/lib/articles/sections';
import { SectionView } from './section-view';

export function generateStaticParams() {
  return sections.map((s) => ({ section: s.slug }));
}

export async function generateMetadata({ params }: PageProps<'/[section]'>): Promise<Metadata> {
  return sectionMetadata((await params).section, 1);
}

export default async function SectionPage({ params }: PageProps<'/[section]'>) {
  return <SectionView slug={(await params).section} page={1} />;
}
