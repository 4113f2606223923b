import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLatest, readSectionPage } from '../articles/queries/articles';
import { sections } from '../articles/sections';
import { cacheTags, tagsTouchedBy } from '../cache-tags';
import { closeDb, getDb } from '../db/client';
import { migrateToLatest } from '../db/migrate';
import { getFootprint } from '../newsroom/store';
import { defaultHomeLayout, defaultSectionLayout } from './defaults';
import { frontArticles, resolveFront, type ResolvedFront } from './resolve';
import { frontReadTags } from './tags';
import { pinned, publishArticle, testContainer } from './testing';

// What a layout shows, on a real database (SQLite, and PostgreSQL in its half of the suite).

const ids = (front: ResolvedFront, container: string) =>
  front.containers.find((c) => c.id === container)!.slots.map((s) => s.article?.id ?? null);

beforeAll(async () => {
  await migrateToLatest();
  // Enough of every section for the automatic front's blocks, in an order that mixes them.
  for (let i = 0; i < 30; i++)
    await publishArticle({ section: sections[i % sections.length]!.slug });
});
afterAll(closeDb);

describe('the automatic layouts', () => {
  it('draw the home page as it was: the newest as lead with three seconds, the next eight as Latest, the four newest of each section', async () => {
    const front = await resolveFront(defaultHomeLayout());
    const latest = (await readLatest(12)).map((a) => a.id);
    expect(ids(front, 'top')).toEqual(latest.slice(0, 4));
    expect(ids(front, 'latest')).toEqual(latest.slice(4, 12));
    for (const section of sections) {
      const newest = (await readSectionPage(section.slug, 1)).items.slice(0, 4).map((a) => a.id);
      expect(ids(front, section.slug)).toEqual([...newest, ...Array(4 - newest.length).fill(null)]);
    }
  });

  it('draw a section page as it was: its twelve newest', async () => {
    const front = await resolveFront(defaultSectionLayout('world'));
    const page = (await readSectionPage('world', 1)).items.map((a) => a.id);
    expect(ids(front, 'stories').filter(Boolean)).toEqual(page);
  });
});

describe('a front with pinned articles', () => {
  it('keeps a pinned article in its slot when newer articles are published', async () => {
    const older = await publishArticle();
    const layout = pinned(
      { containers: [testContainer('top', { kind: 'latest' }, 3)] },
      'top',
      0,
      older,
    );
    const newer = await publishArticle();
    const newest = await publishArticle();
    expect(ids(await resolveFront(layout), 'top')).toEqual([older, newest, newer]);
  });

  it('fills empty slots from the rule, skipping what the page shows (pins further down included) unless the container allows repeats', async () => {
    const a = await publishArticle({ section: 'culture' });
    const b = await publishArticle({ section: 'culture' });
    const c = await publishArticle({ section: 'culture' });
    const d = await publishArticle({ section: 'culture' });
    const layout = pinned(
      {
        containers: [
          testContainer('first', { kind: 'latest' }, 2),
          testContainer('culture', { kind: 'section', section: 'culture' }, 3),
        ],
      },
      'culture',
      2,
      c,
    );
    const front = await resolveFront(layout);
    // The newest overall is d, then c: c is pinned below, so the first container skips it.
    expect(ids(front, 'first')).toEqual([d, b]);
    expect(ids(front, 'culture')).toEqual([a, expect.any(Number), c]);
    expect(ids(front, 'culture')).not.toContain(d);

    const repeats = await resolveFront({
      containers: [layout.containers[0]!, { ...layout.containers[1]!, allowDuplicates: true }],
    });
    expect(ids(repeats, 'culture')).toEqual([d, b, c]);
    // Each article is listed once in the page's ItemList, in reading order.
    expect(frontArticles(repeats).map((x) => x.id)).toEqual([d, b, c]);
  });

  it('shows a pinned article’s overrides on this front only, and drops them when the slot falls back', async () => {
    const article = await publishArticle({ section: 'business' });
    const overrides = { headline: 'Short headline', kicker: 'Analysis', focal: { x: 0.2, y: 0.8 } };
    const layout = pinned(
      { containers: [testContainer('top', { kind: 'section', section: 'business' }, 2)] },
      'top',
      0,
      article,
      overrides,
    );
    const shown = (await resolveFront(layout)).containers[0]!.slots[0]!;
    expect(shown).toMatchObject({ source: 'pinned', override: overrides });
    expect(shown.article!.headline).not.toBe('Short headline');

    await getDb()
      .updateTable('articles')
      .set({ status: 'unpublished' })
      .where('id', '=', article)
      .execute();
    const fallback = (await resolveFront(layout)).containers[0]!.slots;
    expect(fallback[0]).toMatchObject({ source: 'rule', unpublishedPin: article, override: null });
    expect(fallback.map((s) => s.article?.id)).not.toContain(article);
    expect(fallback[0]!.article!.section).toBe('business');
  });

  it('fills from a tag, from running live coverage, or not at all', async () => {
    const tagged = await publishArticle({ tags: ['flood-watch'] });
    await publishArticle();
    const live = await publishArticle({ live: true });
    const ended = await publishArticle({ live: true });
    await getDb()
      .updateTable('articles')
      .set({ live_ended_at: new Date().toISOString() })
      .where('id', '=', ended)
      .execute();
    const front = await resolveFront({
      containers: [
        testContainer('tag', { kind: 'tag', tag: 'flood-watch' }, 3),
        testContainer('live', { kind: 'live' }, 3, { layout: 'live' }),
        testContainer('none', { kind: 'none' }, 2),
      ],
    });
    expect(ids(front, 'tag')).toEqual([tagged, null, null]);
    expect(ids(front, 'live')).toEqual([live, null, null]);
    expect(front.containers[2]!.slots.map((s) => s.source)).toEqual(['empty', 'empty']);
  });
});

describe('cache tags of a front', () => {
  it('include every pinned article, so its unpublish refreshes a section front it is pinned on from another section', async () => {
    const business = await publishArticle({ section: 'business' });
    const layout = pinned(defaultSectionLayout('world'), 'stories', 0, business);
    const tags = frontReadTags('section:world', layout);
    expect(tags).toEqual(
      expect.arrayContaining([
        cacheTags.front('section:world'),
        cacheTags.section('world'),
        cacheTags.article(business),
      ]),
    );
    const touched = tagsTouchedBy(await getFootprint(business));
    expect(touched.filter((t) => tags.includes(t))).toContain(cacheTags.article(business));
  });

  it('stay within what a cached read may carry: a front of many pins takes the front page tag instead', () => {
    let layout = defaultSectionLayout('culture');
    for (let i = 0; i < 12; i++) layout = pinned(layout, 'stories', i, 1000 + i);
    const big = {
      containers: Array.from({ length: 10 }, (_, i) => ({
        ...layout.containers[0]!,
        id: `c${i}`,
        slots: layout.containers[0]!.slots.map((s) => ({
          ...s,
          articleId: s.articleId! + i * 100,
        })),
      })),
    };
    const tags = frontReadTags('section:culture', big);
    expect(tags.length).toBeLessThanOrEqual(100);
    expect(tags).toContain(cacheTags.frontPage);
    expect(tags).not.toContain(cacheTags.article(1000));
  });

  it('of the home page include the front page tag, which every change to an article refreshes', async () => {
    const tags = frontReadTags('home', defaultHomeLayout());
    expect(tags).toContain(cacheTags.frontPage);
    expect(tagsTouchedBy(await getFootprint(await publishArticle()))).toContain(
      cacheTags.frontPage,
    );
  });
});
