import type { Metadata } from 'next';
import { absoluteUrl, getSite } from '../site';
import { robotsForPublicPages } from './metadata';
import { findSection } from './sections';
import { authorPath, sectionPath, tagPath } from './urls';

function listingMetadata(title: string, description: string, path: string, image: string): Metadata {
  const url = absoluteUrl(path);
  const images = [{ url: absoluteUrl(image), width: 1200, height: 630, alt: `${title} | ${getSite().name}` }];
  return {
    title,
    description,
    alternates: { canonical: url },
    robots: robotsForPublicPages,
    openGraph: { type: 'website', url, title, description, siteName: getSite().name, images },
    twitter: { card: 'summary_large_image', title, description, images },
  };
}

export function sectionMetadata(slug: string, page: number): Metadata {
  const section = findSection(slug);
  if (!section) return {};
  const title = page > 1 ? `${section.name} (page ${page})` : section.name;
  const metadata = listingMetadata(title, section.description, sectionPath(slug, page), `/og/section/${slug}.png`);
  return { ...metadata, alternates: { ...metadata.alternates, types: { 'application/rss+xml': absoluteUrl(`/${slug}/feed.xml`) } } };
}

export function tagMetadata(tag: { slug: string; name: string }, page: number): Metadata {
  const title = page > 1 ? `${tag.name} (page ${page})` : `Stories about ${tag.name}`;
  return listingMetadata(title, `The latest ${getSite().name} stories tagged "${tag.name}".`, tagPath(tag.slug, page), `/og/tag/${tag.slug}.png`);
}

export function authorMetadata(author: { slug: string; name: string; bio: string | null }): Metadata {
  return listingMetadata(
    author.name,
    author.bio ?? `Stories by ${author.name} in ${getSite().name}.`,
    authorPath(author.slug),
    `/og/author/${author.slug}.png`,
  );
}
