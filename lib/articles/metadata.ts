import type { Metadata } from 'next';
import { absoluteUrl, getSite } from '../site';
import type { ArticleView } from './schema';
import { authorPath } from './urls';

export const robotsForPublicPages: Metadata['robots'] = {
  index: true,
  follow: true,
  'max-image-preview': 'large',
  'max-snippet': -1,
  'max-video-preview': -1,
};

/** The share image of an article: drawn from its headline and hero by app/og/article (1200×630). */
export function articleShareImage(article: Pick<ArticleView, 'id' | 'headline' | 'modifiedAt'>) {
  return {
    url: absoluteUrl(`/og/article/${article.id}.jpg?v=${Date.parse(article.modifiedAt)}`),
    width: 1200,
    height: 630,
    alt: article.headline,
    type: 'image/jpeg',
  };
}

export function buildArticleMetadata(article: ArticleView): Metadata {
  const site = getSite();
  const title = article.seoTitle ?? article.headline;
  const description = article.seoDescription ?? article.dek;
  const url = absoluteUrl(article.path);
  const image = articleShareImage(article);
  return {
    title,
    description,
    alternates: {
      canonical: url,
      types: { 'application/rss+xml': [{ url: absoluteUrl(`/${article.section}/feed.xml`), title: `${article.sectionName} | ${site.name}` }] },
    },
    authors: article.bylines.map((b) => ({ name: b.name, url: absoluteUrl(authorPath(b.slug)) })),
    keywords: article.tags.map((t) => t.name),
    robots: robotsForPublicPages,
    openGraph: {
      type: 'article',
      url,
      title,
      description,
      siteName: site.name,
      locale: article.language === 'id' ? 'id_ID' : 'en_US',
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt ?? article.modifiedAt,
      section: article.sectionName,
      tags: article.tags.map((t) => t.name),
      authors: article.bylines.map((b) => absoluteUrl(authorPath(b.slug))),
      images: [image],
    },
    twitter: {
      card: 'summary_large_image',
      title,
      description,
      images: [{ url: image.url, alt: image.alt }],
    },
  };
}
