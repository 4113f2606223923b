import { describe, expect, it } from 'vitest';
import { newsArticleJsonLd, serializeJsonLd } from './json-ld';
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
    { name: 'News Desk', slug: 'news-desk', type: 'desk', organization: 'Antara' },
    { name: 'Rina Hartono', slug: 'rina-hartono', type: 'person', organization: null },
  ],
  hero: { src: '/media/ferry.webp', alt: 'A ferry', caption: 'A ferry.', credit: 'Dateline', width: 1600, height: 900 },
  language: 'en',
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
    expect(images[0]!.url).toMatch(/^http:\/\/localhost:3000\/og\/article\/7\.png\?v=\d+$/);
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
    expect(data.image).toHaveLength(2);
  });

  it('cannot close its script tag', () => {
    const json = serializeJsonLd(data);
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json).headline).toBe(article.headline);
  });
});
