import { XMLParser, XMLValidator } from 'fast-xml-parser';
import sharp from 'sharp';
import { expect, findArticles, test } from './fixtures';

// Not live coverage: its page's data is a LiveBlogPosting (e2e/live.spec.ts checks that one).
const [first, second] = findArticles(2, 'a.live_started_at is null');

test('article share images are distinct 1200×630 JPEGs small enough for WhatsApp; unknown ones are 404', async ({ request }) => {
  const a = await request.get(`/og/article/${first!.id}.jpg`);
  const b = await request.get(`/og/article/${second!.id}.jpg`);
  expect(a.headers()['content-type']).toBe('image/jpeg');
  const [bytesA, bytesB] = [await a.body(), await b.body()];
  for (const bytes of [bytesA, bytesB]) {
    expect(await sharp(bytes).metadata()).toMatchObject({ format: 'jpeg', width: 1200, height: 630 });
    expect(bytes.length).toBeLessThan(300 * 1024);
  }
  expect(bytesA.equals(bytesB)).toBe(false);

  expect((await request.get('/og/article/99999.jpg')).status()).toBe(404);
  // Cards shared when they were PNGs still find their image.
  const before = await request.get(`/og/article/${first!.id}.png`, { maxRedirects: 0 });
  expect(before.status()).toBe(308);
  expect(before.headers().location).toMatch(new RegExp(`/og/article/${first!.id}\\.jpg$`));
  expect((await request.get('/og/article/anything-you-like.jpg')).status()).toBe(404);
  expect((await request.get('/og/section/world.png')).status()).toBe(200);
  expect((await request.get('/og/section/not-a-section.png')).status()).toBe(404);
});

test('article pages carry Open Graph, X card, robots and NewsArticle data', async ({ page, baseURL }) => {
  await page.goto(first!.path);
  const meta = (selector: string) => page.locator(selector).first().getAttribute('content');
  expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${baseURL}${first!.path}`);
  expect(await meta('meta[property="og:type"]')).toBe('article');
  expect(await meta('meta[property="og:title"]')).toBe(first!.headline);
  expect(await meta('meta[property="og:image"]')).toMatch(new RegExp(`^${baseURL}/og/article/${first!.id}\\.jpg`));
  expect(await meta('meta[property="og:image:width"]')).toBe('1200');
  expect(await meta('meta[property="og:image:height"]')).toBe('630');
  expect(await meta('meta[property="og:image:alt"]')).toBeTruthy();
  expect(await meta('meta[property="article:published_time"]')).toMatch(/^\d{4}-\d\d-\d\dT/);
  expect(await meta('meta[property="article:modified_time"]')).toMatch(/^\d{4}-\d\d-\d\dT/);
  expect(await meta('meta[property="article:section"]')).toBeTruthy();
  expect(await page.locator('meta[property="article:tag"]').count()).toBeGreaterThan(0);
  expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
  expect(await meta('meta[name="robots"]')).toContain('max-image-preview:large');
  expect(await meta('meta[name="description"]')).toBe(first!.dek);

  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd).toMatchObject({ '@type': 'NewsArticle', headline: first!.headline });
  for (const key of ['image', 'datePublished', 'dateModified', 'author', 'publisher', 'dateline', 'articleSection']) {
    expect(jsonLd[key], key).toBeTruthy();
  }
  const image = await page.request.get(jsonLd.image[0]);
  expect(image.status()).toBe(200);
});

test('front page has its share image, feed link and Organization data', async ({ page }) => {
  await page.goto('/');
  expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toMatch(/\/og\/site\.png$/);
  expect(await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href')).toMatch(/\/feed\.xml$/);
  const graph = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!)['@graph'];
  expect(graph.map((n: { '@type': string }) => n['@type'])).toEqual(['NewsMediaOrganization', 'WebSite']);
});

const parser = new XMLParser({ ignoreAttributes: false });
const list = <T,>(value: T | T[]) => (Array.isArray(value) ? value : [value]);

test('feeds and sitemaps parse as XML and list the article', async ({ request, baseURL }) => {
  const url = `${baseURL}${first!.path}`;
  const getXml = async (path: string) => {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const text = await response.text();
    expect(XMLValidator.validate(text), path).toBe(true);
    return parser.parse(text);
  };
  const site = await getXml('/feed.xml');
  expect(list(site.rss.channel.item).map((i: { link: string }) => i.link)).toContain(url);
  const section = await getXml(`/${first!.section}/feed.xml`);
  expect(list(section.rss.channel.item).map((i: { link: string }) => i.link)).toContain(url);
  const corrections = await getXml('/corrections/feed.xml');
  expect(list(corrections.rss.channel.item).length).toBeGreaterThan(0);

  const index = await getXml('/sitemap.xml');
  const parts = list(index.sitemapindex.sitemap).map((s: { loc: string }) => s.loc);
  expect(parts).toContain(`${baseURL}/sitemaps/pages.xml`);
  const articles = await getXml(new URL(parts.find((p: string) => p.includes('/articles/'))!).pathname);
  expect(list(articles.urlset.url).map((u: { loc: string }) => u.loc)).toContain(url);

  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  expect(robots).toContain(`Sitemap: ${baseURL}/news-sitemap.xml`);
  const news = await getXml('/news-sitemap.xml');
  expect(news.urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
});
