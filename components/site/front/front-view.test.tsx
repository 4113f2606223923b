import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '@/lib/articles/schema';
import type { ResolvedContainer, ResolvedFront, ResolvedSlot } from '@/lib/fronts/resolve';
import { cropRatios, objectPosition } from '@/lib/media/focal';
import { FrontView } from './front-view';

// A front as readers get it: the layouts drawn as the pages were before fronts, and a pinned
// story in the front's own words.

const article = (id: number, section = 'world'): ArticleSummary => ({
  id,
  slug: `story-${id}`,
  section,
  sectionName: section === 'world' ? 'World' : 'Business',
  headline: `Headline ${id}`,
  dek: `Dek ${id}`,
  path: `/${section}/2026/11/2${id % 10}/story-${id}`,
  publishedAt: '2026-11-20T03:00:00.000Z',
  updatedAt: null,
  bylines: [],
  hero: {
    src: `/media/hero-${id}.webp`,
    alt: '',
    caption: '',
    credit: '',
    width: 1200,
    height: 900,
    focal: { x: 0.5, y: 0.5 },
  },
  language: 'en',
  live: null,
});

const slot = (a: ArticleSummary | null, extra: Partial<ResolvedSlot> = {}): ResolvedSlot => ({
  slotId: `s${a?.id ?? 0}`,
  article: a,
  source: a ? 'rule' : 'empty',
  unpublishedPin: null,
  override: null,
  ...extra,
});
const container = (
  fields: Partial<ResolvedContainer> & Pick<ResolvedContainer, 'id' | 'layout' | 'slots'>,
): ResolvedContainer => ({ title: '', rule: { kind: 'latest' }, ...fields });

describe('FrontView', () => {
  const focal = { x: 0.1, y: 0.9 };
  const front: ResolvedFront = {
    containers: [
      container({
        id: 'top',
        title: 'Top stories',
        layout: 'lead',
        slots: [
          slot(article(1), {
            source: 'pinned',
            override: { headline: 'Shorter words', kicker: 'Analysis', focal },
          }),
          slot(article(2)),
          slot(null),
        ],
      }),
      container({
        id: 'latest',
        title: 'Latest',
        layout: 'list',
        slots: [slot(article(3)), slot(article(4))],
      }),
      container({ id: 'empty', title: 'Nothing here', layout: 'row', slots: [slot(null)] }),
      container({
        id: 'business',
        title: 'Business',
        layout: 'row',
        rule: { kind: 'section', section: 'business' },
        slots: [slot(article(5, 'business'))],
      }),
    ],
  };
  const html = renderToStaticMarkup(<FrontView front={front} />);

  it('shows a pinned story in the front’s words and crop, the story’s own headline nowhere', () => {
    expect(html).toContain('Shorter words');
    expect(html).toContain('>Analysis</p>');
    expect(html).not.toContain('Headline 1<');
    expect(html).toContain(
      `object-position:${objectPosition(1200, 900, cropRatios['16x9'], focal)}`,
    );
    expect(objectPosition(1200, 900, cropRatios['16x9'], focal)).not.toBe(
      objectPosition(1200, 900, cropRatios['16x9'], { x: 0.5, y: 0.5 }),
    );
  });

  it('draws the lead as the named region with its list beside it, and leaves out containers with nothing to show', () => {
    expect(html).toMatch(
      /<div class="grid gap-10 lg:grid-cols-4"><section aria-label="Top stories" class="lg:col-span-3">/,
    );
    expect(html).toContain(
      '<h2 id="latest-heading" class="font-serif text-xl font-bold">Latest</h2>',
    );
    expect(html).not.toContain('Nothing here');
    expect(html).toMatch(
      /<h2 id="business-heading" class="font-serif text-2xl font-bold"><a [^>]*href="\/business"[^>]*>Business<\/a><\/h2>/,
    );
    // Every picture has its size, so nothing moves as it loads.
    for (const img of html.match(/<img [^>]*>/g) ?? [])
      expect(img).toMatch(/width="\d+" height="\d+"/);
  });

  it('on a section page, draws an untitled grid as the section list was, its cards the page’s second level', () => {
    const section = renderToStaticMarkup(
      <FrontView
        section="world"
        front={{
          containers: [
            container({
              id: 'stories',
              layout: 'grid',
              rule: { kind: 'section', section: 'world' },
              slots: [slot(article(6)), slot(article(7))],
            }),
          ],
        }}
      />,
    );
    expect(section).toMatch(
      /^<div><ul class="grid gap-x-8 gap-y-10 sm:grid-cols-2 lg:grid-cols-3"><li>/,
    );
    expect(section.match(/<h2 /g)).toHaveLength(2);
    expect(section).not.toContain('>World</p>');
  });

  it('says so when there is nothing to show', () => {
    expect(
      renderToStaticMarkup(
        <FrontView
          front={{ containers: [container({ id: 'a', layout: 'lead', slots: [slot(null)] })] }}
        />,
      ),
    ).toBe('<p>No stories yet.</p>');
  });
});
