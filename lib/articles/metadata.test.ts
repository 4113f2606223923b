import { describe, expect, it } from 'vitest';
import { authorPageJsonLd, newsArticleJsonLd, serializeJsonLd } from './json-ld';
import { buildArticleMetadata } from './metadata';
import type { ArticleView } from './schema';

const article: ArticleView = {
  id: 7,
  slug: 'ferries-return',
  section: 'indonesia',
  sectionName: 'Indonesia',
  headline: 'Ferries return to Madura </script><script>alert(1)</script>',
  dek: 'Operators add night crossings after the bridge toll rise.',
  path: '/indonesia/2026/11/20/ferries-return',
  publishedAt: '2026-11-20T03:00:00.000Z',
  updatedAt: '2026-11-21T03:00:00.000Z',
  modifiedAt: '2026-11-21T04:00:00.000Z',
  bylines: [
    { name: 'News Desk', slug: 'news-desk', type: 'desk', organization: 'Antara', role: null, photoSrc: null },
    { name: 'Rina Hartono', slug: 'rina-hartono', type: 'person', organization: null, role: null, photoSrc: null },
  ],
  hero: { src: '/media/ferry.webp', alt: 'A ferry', caption: 'A ferry.', credit: 'Dateline', width: 1600, height: 900, focal: { x: 0.5, y: 0.5 } },
  language: 'en',
  live: null,
  story: { version: 1, blocks: [{ type: 'paragraph', id: 'p-1', content: [{ type: 'text', text: 'Text.' }] }] },
  dateline: { city: 'Surabaya', country: 'Indonesia' },
  tags: [{ slug: 'transport', name: 'transport' }],
  corrections: [],
  seoTitle: null,
  seoDescription: null,
};

describe('buildArticleMetadata', () => {
  const metadata = buildArticleMetadata(article);

  it('carries canonical URL, article Open Graph and an X large card', () => {
    expect(metadata.alternates?.canonical).toBe('http://localhost:3000/indonesia/2026/11/20/ferries-return');
    expect(metadata.openGraph).toMatchObject({
      type: 'article',
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt,
      section: 'Indonesia',
      tags: ['transport'],
    });
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image' });
  });

  it('points at a 1200×630 share image with alt text', () => {
    const images = (metadata.openGraph as { images: { url: string; width: number; height: number; alt: string }[] }).images;
    expect(images[0]).toMatchObject({ width: 1200, height: 630, alt: article.headline });
    expect(images[0]!.url).toMatch(/^http:\/\/localhost:3000\/og\/article\/7\.jpg\?v=\d+$/);
  });

  it('lets large image previews through', () => {
    expect(metadata.robots).toMatchObject({ 'max-image-preview': 'large' });
  });

  it('prefers the SEO overrides when set', () => {
    const overridden = buildArticleMetadata({ ...article, seoTitle: 'Short title', seoDescription: 'Short description here.' });
    expect(overridden.title).toBe('Short title');
    expect(overridden.description).toBe('Short description here.');
  });
});

describe('newsArticleJsonLd', () => {
  const data = newsArticleJsonLd(article);

  it('lists authors in order as Organization or Person with URLs', () => {
    expect(data.author).toEqual([
      { '@type': 'Organization', name: 'News Desk (Antara)', url: 'http://localhost:3000/author/news-desk' },
      { '@type': 'Person', name: 'Rina Hartono', url: 'http://localhost:3000/author/rina-hartono' },
    ]);
  });

  it("gives a person their role as jobTitle and their photo as an absolute image URL, a desk neither", () => {
    const withProfiles = newsArticleJsonLd({
      ...article,
      bylines: article.bylines.map((b) => ({ ...b, role: 'Reporter', photoSrc: `/media/${b.slug}.webp` })),
    });
    expect(withProfiles.author).toEqual([
      { '@type': 'Organization', name: 'News Desk (Antara)', url: 'http://localhost:3000/author/news-desk', image: 'http://localhost:3000/media/news-desk.webp' },
      {
        '@type': 'Person',
        name: 'Rina Hartono',
        url: 'http://localhost:3000/author/rina-hartono',
        jobTitle: 'Reporter',
        image: 'http://localhost:3000/media/rina-hartono.webp',
      },
    ]);
  });

  it('has the fields Google asks of a NewsArticle', () => {
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      datePublished: article.publishedAt,
      dateModified: article.updatedAt,
      dateline: 'Surabaya, Indonesia',
      articleSection: 'Indonesia',
      isAccessibleForFree: true,
      publisher: { '@type': 'NewsMediaOrganization', logo: { width: 600, height: 60 } },
    });
    // The share card, then the hero at 16:9, 4:3 and 1:1 around its focal point.
    expect(data.image).toEqual([
      expect.stringMatching(/\/og\/article\/7\.jpg\?v=\d+$/),
      'http://localhost:3000/media/crop/16x9-50-50/ferry.webp',
      'http://localhost:3000/media/crop/4x3-50-50/ferry.webp',
      'http://localhost:3000/media/crop/1x1-50-50/ferry.webp',
    ]);
  });

  it('cannot close its script tag', () => {
    const json = serializeJsonLd(data);
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json).headline).toBe(article.headline);
  });
});

describe('authorPageJsonLd', () => {
  it('is a ProfilePage about the person, with their role, photo and bio', () => {
    const data = authorPageJsonLd({ slug: 'rina-hartono', name: 'Rina Hartono', type: 'person', bio: 'Covers transport.', role: 'Reporter', photoSrc: '/media/rina.webp' });
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ProfilePage',
      url: 'http://localhost:3000/author/rina-hartono',
      mainEntity: {
        '@type': 'Person',
        name: 'Rina Hartono',
        url: 'http://localhost:3000/author/rina-hartono',
        jobTitle: 'Reporter',
        image: 'http://localhost:3000/media/rina.webp',
        description: 'Covers transport.',
      },
    });
  });

  it('keeps a desk an Organization, and leaves out what is not set', () => {
    const data = authorPageJsonLd({ slug: 'news-desk', name: 'News Desk', type: 'desk', bio: null, role: 'Reporter', photoSrc: null });
    expect(data.mainEntity).toEqual({ '@type': 'Organization', name: 'News Desk', url: 'http://localhost:3000/author/news-desk' });
  });
});
