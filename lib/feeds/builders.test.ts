import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildRss } from './rss';
import { buildNewsSitemap, buildSitemapIndex, buildUrlset } from './sitemap';

const parser = new XMLParser({ ignoreAttributes: false });

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

describe('buildRss', () => {
  const xml = buildRss({
    title: 'Dateline & Co',
    link: 'https://news.example/',
    selfUrl: 'https://news.example/feed.xml',
    description: 'News <and> views',
    language: 'en',
    items: [
      {
        title: 'Ferries “return” to Madura',
        link: 'https://news.example/indonesia/2026/11/20/ferries',
        description: 'Operators say <b>demand</b> is up.',
        publishedAt: '2026-11-20T03:00:00.000Z',
        categories: ['Indonesia'],
        creator: 'News Desk (Antara)',
      },
    ],
  });

  it('is well-formed RSS 2.0 with escaped text and absolute links', () => {
    const rss = parse(xml).rss;
    expect(rss['@_version']).toBe('2.0');
    expect(rss.channel.title).toBe('Dateline & Co');
    expect(rss.channel['atom:link']['@_href']).toBe('https://news.example/feed.xml');
    expect(rss.channel.item.title).toBe('Ferries “return” to Madura');
    expect(rss.channel.item.description).toBe('Operators say <b>demand</b> is up.');
    expect(rss.channel.item.guid['#text']).toBe('https://news.example/indonesia/2026/11/20/ferries');
    expect(rss.channel.item['dc:creator']).toBe('News Desk (Antara)');
  });

  it('uses full RFC 822 dates', () => {
    expect(parse(xml).rss.channel.item.pubDate).toBe('Fri, 20 Nov 2026 03:00:00 GMT');
  });
});

describe('sitemaps', () => {
  it('builds a urlset and an index', () => {
    const urlset = parse(buildUrlset([{ url: 'https://news.example/a?x=1&y=2', lastModified: '2026-11-20T03:00:00Z' }])).urlset;
    expect(urlset.url.loc).toBe('https://news.example/a?x=1&y=2');
    expect(urlset.url.lastmod).toBe('2026-11-20T03:00:00.000Z');
    const index = parse(buildSitemapIndex([{ url: 'https://news.example/sitemaps/pages.xml' }])).sitemapindex;
    expect(index.sitemap.loc).toBe('https://news.example/sitemaps/pages.xml');
  });

  it('builds a Google News sitemap with publication, language, date and title', () => {
    const news = parse(
      buildNewsSitemap('Dateline', [
        { url: 'https://news.example/x', title: 'Panen kopi “Gayo” turun', publishedAt: '2026-11-28T00:10:00Z', language: 'id' },
      ]),
    ).urlset;
    expect(news['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    expect(news.url['news:news']['news:publication']).toEqual({ 'news:name': 'Dateline', 'news:language': 'id' });
    expect(news.url['news:news']['news:title']).toBe('Panen kopi “Gayo” turun');
    expect(news.url['news:news']['news:publication_date']).toBe('2026-11-28T00:10:00.000Z');
  });
});
