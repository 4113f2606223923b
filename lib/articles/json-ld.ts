import { absoluteUrl, getSite } from '../site';
import { articleShareImage } from './metadata';
import type { ArticleView } from './schema';
import { authorPath } from './urls';

/** JSON for a <script type="application/ld+json">, with "<" escaped so it cannot close the tag. */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export function publisherJsonLd() {
  const site = getSite();
  return {
    '@type': 'NewsMediaOrganization',
    name: site.name,
    url: `${site.url}/`,
    logo: { '@type': 'ImageObject', url: absoluteUrl('/og/logo.png'), width: 600, height: 60 },
  };
}

export function newsArticleJsonLd(article: ArticleView) {
  const images = [articleShareImage(article).url];
  if (article.hero) images.push(absoluteUrl(article.hero.src));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': absoluteUrl(article.path) },
    url: absoluteUrl(article.path),
    headline: article.headline,
    description: article.seoDescription ?? article.dek,
    image: images,
    datePublished: article.publishedAt,
    dateModified: article.updatedAt ?? article.modifiedAt,
    author: article.bylines.map((b) => ({
      '@type': b.type === 'desk' ? 'Organization' : 'Person',
      name: b.organization ? `${b.name} (${b.organization})` : b.name,
      url: absoluteUrl(authorPath(b.slug)),
    })),
    publisher: publisherJsonLd(),
    dateline: `${article.dateline.city}, ${article.dateline.country}`,
    articleSection: article.sectionName,
    keywords: article.tags.map((t) => t.name),
    inLanguage: article.language,
    isAccessibleForFree: true,
  };
}

export function frontPageJsonLd() {
  const site = getSite();
  return {
    '@context': 'https://schema.org',
    '@graph': [
      { ...publisherJsonLd(), '@id': `${site.url}/#organization` },
      {
        '@type': 'WebSite',
        '@id': `${site.url}/#website`,
        name: site.name,
        url: `${site.url}/`,
        publisher: { '@id': `${site.url}/#organization` },
        potentialAction: {
          '@type': 'SearchAction',
          target: { '@type': 'EntryPoint', urlTemplate: `${site.url}/search?q={search_term_string}` },
          'query-input': 'required name=search_term_string',
        },
      },
    ],
  };
}
