import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, getDb, getDialect } from '../../db/client';
import { migrateToLatest } from '../../db/migrate';
import { setBylines, setTags } from '../../newsroom/bylines-and-tags';
import { storyFromMarkdown } from '../../story/from-markdown';
import { storyColumns } from '../../story/stored';
import { newArticleRow } from '../../test/article-row';
import * as read from './articles';
import { paginate } from './listings';
import { searchCap, sqliteSearchListing, wordsOf } from './search';

// Listings read the way a large archive needs (pages from either end, a tag's articles reached
// from the tag, a search with few matches looked up by id): against a real database, every page
// of a listing must still be the listing, newest first, once.

interface Added {
  id: number;
  publishedAt: string;
}

/** Published articles of `section`, an hour apart back from 30 June 2022. */
async function addPublished(count: number, section: string, body = 'Body.'): Promise<Added[]> {
  const start = Date.parse('2022-06-30T00:00:00.000Z');
  const rows = Array.from({ length: count }, (_, i) => {
    // The oldest two share a time, so the id decides their order on a page read from that end.
    const at = new Date(start - (i === count - 1 ? i - 1 : i) * 3_600_000).toISOString();
    return {
      ...newArticleRow(),
      ...storyColumns(storyFromMarkdown(body)),
      section,
      status: 'published' as const,
      published_at: at,
    };
  });
  const inserted = await getDb()
    .insertInto('articles')
    .values(rows)
    .returning(['id', 'published_at'])
    .execute();
  return inserted.map((r) => ({ id: r.id, publishedAt: r.published_at! }));
}

const newestFirst = (articles: Added[]) =>
  [...articles]
    .sort((a, b) =>
      a.publishedAt === b.publishedAt ? b.id - a.id : a.publishedAt < b.publishedAt ? 1 : -1,
    )
    .map((a) => a.id);

async function allPages(readPage: (page: number) => Promise<read.Page<{ id: number }>>) {
  const first = await readPage(1);
  const pages = [
    first,
    ...(await Promise.all(Array.from({ length: first.pageCount - 1 }, (_, i) => readPage(i + 2)))),
  ];
  return {
    ids: pages.flatMap((p) => p.items.map((a) => a.id)),
    total: first.total,
    pageCount: first.pageCount,
    sizes: pages.map((p) => p.items.length),
  };
}

beforeAll(migrateToLatest);
afterAll(closeDb);

describe('a section’s pages', () => {
  it('are the section newest first, each article once, the older half read from the oldest end', async () => {
    const articles = await addPublished(30, 'culture');
    await getDb()
      .insertInto('articles')
      .values({ ...newArticleRow(), section: 'culture' })
      .execute();
    const { ids, total, sizes } = await allPages((p) => read.readSectionPage('culture', p));
    expect(total).toBe(30);
    expect(sizes).toEqual([12, 12, 6]);
    expect(ids).toEqual(newestFirst(articles));
    expect((await read.readSectionPage('culture', 4)).items).toEqual([]);
  });
});

describe('a tag’s pages', () => {
  it('hold the published articles carrying it, newest first, and nothing of drafts', async () => {
    const articles = await addPublished(15, 'business');
    const draft = await getDb()
      .insertInto('articles')
      .values(newArticleRow())
      .returning('id')
      .executeTakeFirstOrThrow();
    await getDb()
      .transaction()
      .execute(async (trx) => {
        for (const { id } of [...articles, draft]) await setTags(trx, id, ['Harbour dredging']);
      });
    const { ids, total, sizes } = await allPages((p) => read.readTagPage('harbour-dredging', p));
    expect(total).toBe(15);
    expect(sizes).toEqual([12, 3]);
    expect(ids).toEqual(newestFirst(articles));
  });
});

describe('search', () => {
  it('with few matches, pages them newest first, published only', async () => {
    const articles = await addPublished(14, 'science-tech', 'The quokkaboat survey ends.');
    await getDb()
      .insertInto('articles')
      .values({
        ...newArticleRow(),
        ...storyColumns(storyFromMarkdown('Another quokkaboat draft.')),
      })
      .execute();
    const { ids, total, sizes } = await allPages((p) => read.readSearch('quokkaboat', p));
    expect(total).toBe(14);
    expect(sizes).toEqual([12, 2]);
    expect(ids).toEqual(newestFirst(articles));
    // The start of a word finds it.
    expect((await allPages((p) => read.readSearch('Quokkab', p))).ids).toEqual(newestFirst(articles));
    // Two letters begin too many words to be searched as a start.
    expect((await read.readSearch('qu', 1)).total).toBe(0);
  });
});

describe('an author’s pages', () => {
  it('hold the published articles in their byline, newest first, and follow an unpublish', async () => {
    const articles = await addPublished(14, 'world');
    await getDb()
      .transaction()
      .execute(async (trx) => {
        for (const { id } of articles)
          await setBylines(trx, id, [{ name: 'Paged Correspondent', type: 'person' }]);
      });
    const [gone, ...kept] = articles;
    await getDb().updateTable('articles').set({ status: 'unpublished' }).where('id', '=', gone!.id).execute();
    const { ids, total, sizes } = await allPages((p) => read.readAuthorPage('paged-correspondent', p));
    expect(total).toBe(13);
    expect(sizes).toEqual([12, 1]);
    expect(ids).toEqual(newestFirst(kept));
  });
});

describe('search with many matches', () => {
  it('between the few and the cap: every page, whichever way the index is read, exact count', async () => {
    const articles = await addPublished(600, 'science-tech', 'The walrusgate hearing resumes.');
    const ways: [string, (page: number) => Promise<read.Page<{ id: number }>>][] = [
      ['as planned', (p) => read.readSearch('walrusgate', p)],
      ['its start, as planned', (p) => read.readSearch('walrusg', p)],
    ];
    if (getDialect() === 'sqlite') {
      for (const membership of ['seek', 'read once'] as const) {
        for (const [word, prefix] of [['walrusgate', false], ['walrusg', true]] as const) {
          const listing = sqliteSearchListing(wordsOf(word), { prefix, membership });
          ways.push([`${word}, ${membership}`, (p) => paginate(listing, p)]);
        }
      }
    }
    for (const [way, readPage] of ways) {
      const { ids, total, sizes } = await allPages(readPage);
      expect({ way, total, sizes }).toEqual({ way, total: 600, sizes: Array(50).fill(12) });
      expect(ids).toEqual(newestFirst(articles));
    }
  });

  it('past the cap: a floor for the count, newest first, no page beyond it', async () => {
    const articles = await addPublished(searchCap + 30, 'business', 'The zebrafund audit is out.');
    const first = await read.readSearch('zebrafund', 1);
    expect(first).toMatchObject({ total: searchCap, capped: true, pageCount: Math.ceil(searchCap / 12) });
    expect(first.items.map((a) => a.id)).toEqual(newestFirst(articles).slice(0, 12));
    const last = await read.readSearch('zebrafund', first.pageCount);
    expect(last.items.map((a) => a.id)).toEqual(
      newestFirst(articles).slice((first.pageCount - 1) * 12, searchCap),
    );
    expect((await read.readSearch('zebrafund', first.pageCount + 1)).items).toEqual([]);
  });
});

describe('related articles', () => {
  it('are those sharing the most tags, then the newest of the section', async () => {
    const [main, both, one, none] = await addPublished(4, 'opinion');
    await getDb()
      .transaction()
      .execute(async (trx) => {
        await setTags(trx, main!.id, ['Ferries', 'Monsoon']);
        await setTags(trx, both!.id, ['Monsoon', 'Ferries']);
        await setTags(trx, one!.id, ['Ferries']);
      });
    const related = await read.readRelated({ id: main!.id, section: 'opinion' });
    expect(related.map((a) => a.id)).toEqual([both!.id, one!.id, none!.id]);
  });
});
