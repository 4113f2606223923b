import { cropUrl } from '../media/crop-urls';
import { cropNames } from '../media/focal';
import { absoluteUrl, getSite } from '../site';
import { articleShareImage } from './metadata';
import type { ArticleView, AuthorView, BylineView } from './schema';
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

/** A person as a Person (with their role and photo when the newsroom gave them), a desk as an Organization. */
export function bylineJsonLd(b: Pick<BylineView, 'name' | 'slug' | 'type' | 'organization' | 'role' | 'photoSrc'>) {
  return {
    '@type': b.type === 'desk' ? 'Organization' : 'Person',
    name: b.organization ? `${b.name} (${b.organization})` : b.name,
    url: absoluteUrl(authorPath(b.slug)),
    ...(b.type === 'person' && b.role ? { jobTitle: b.role } : {}),
    ...(b.photoSrc ? { image: absoluteUrl(b.photoSrc) } : {}),
  };
}

/** An author's or desk's page: a ProfilePage about them. */
export function authorPageJsonLd(author: AuthorView) {
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url: absoluteUrl(authorPath(author.slug)),
    mainEntity: { ...bylineJsonLd({ ...author, organization: null }), ...(author.bio ? { description: author.bio } : {}) },
  };
}

export function newsArticleJsonLd(article: ArticleView) {
  // The share card, then the hero cropped around its focal point at the three shapes Google asks for.
  const hero = article.hero;
  const crops = hero ? cropNames.map((crop) => absoluteUrl(cropUrl(hero.src, crop, hero.focal))) : [];
  const images = [articleShareImage(article).url, ...crops];
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
    author: article.bylines.map(bylineJsonLd),
    publisher: publisherJsonLd(),
    dateline: `${article.dateline.city}, ${article.dateline.country}`,
    articleSection: article.sectionName,
    keywords: article.tags.map((t) => t.name),
    inLanguage: article.language,
    isAccessibleForFree: true,
  };
}

/** The articles a front shows, in the order it shows them (their paths). */
export function itemListJsonLd(paths: readonly string[]) {
  return {
    '@type': 'ItemList',
    numberOfItems: paths.length,
    itemListElement: paths.map((path, i) => ({ '@type': 'ListItem', position: i + 1, url: absoluteUrl(path) })),
  };
}

/** A section's front: its articles in the order the page shows them. */
export function sectionFrontJsonLd(section: { name: string; path: string }, paths: readonly string[]) {
  return { '@context': 'https://schema.org', ...itemListJsonLd(paths), name: section.name, url: absoluteUrl(section.path) };
}

/**
 * The publisher and the site, and the front page's articles in the order it shows them: the
 * ItemList is the WebSite's main entity, so the page keeps one graph of two nodes.
 */
export function frontPageJsonLd(paths: readonly string[] = []) {
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
        ...(paths.length > 0 ? { mainEntity: itemListJsonLd(paths) } : {}),
      },
    ],
  };
}
