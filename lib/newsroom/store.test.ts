import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticleAt } from '../articles/queries/articles';
import { closeDb, getDb } from '../db/client';
import { migrateToLatest } from '../db/migrate';
import { storyFromMarkdown } from '../story/from-markdown';
import { parseStoredStory } from '../story/stored';
import {
  addCorrection,
  createArticle,
  getFootprint,
  publishDueArticles,
  setStatus,
  updateArticle,
  type ArticleDraft,
} from './store';

// The editor's article writes, against a real database (SQLite, or PostgreSQL in
// scripts/test-postgres.mjs). Callers authorize first, so no role is involved here.

let ana = 0;
let budi = 0;

async function addUser(name: string): Promise<number> {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}@dateline.test`;
  const row = await getDb()
    .insertInto('users')
    .values({ email, name, role: 'editor', password_hash: 'not used here', disabled: 0, created_at: new Date().toISOString() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

function draftOf(headline: string, change: Partial<ArticleDraft> = {}): ArticleDraft {
  return {
    headline,
    dek: 'Services to the outer islands start again after a week of storms.',
    slug: '',
    section: 'indonesia',
    tags: ['Ports', 'Weather'],
    bylines: [
      { name: 'Rina Testono', type: 'person' },
      { name: 'Harbour Desk', type: 'desk', organization: 'Antara' },
    ],
    datelineCity: 'Ambon',
    datelineCountry: 'Indonesia',
    language: 'en',
    hero: null,
    heroAlt: null,
    heroCaption: null,
    heroCredit: null,
    story: storyFromMarkdown('Ferry services to the outer islands resumed on Monday.'),
    seoTitle: null,
    seoDescription: null,
    ...change,
  };
}

const articleRow = (id: number) =>
  getDb()
    .selectFrom('articles')
    .select(['slug', 'headline', 'status', 'version', 'published_at', 'updated_at', 'scheduled_at', 'created_by', 'modified_by', 'body'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

const revisionsOf = async (id: number) =>
  (
    await getDb()
      .selectFrom('article_revisions')
      .select(['version', 'snapshot', 'saved_by'])
      .where('article_id', '=', id)
      .orderBy('version')
      .execute()
  ).map((r) => ({ version: r.version, savedBy: r.saved_by, draft: JSON.parse(r.snapshot) as ArticleDraft }));

const bylinesOf = (id: number) =>
  getDb()
    .selectFrom('article_bylines as b')
    .innerJoin('authors as a', 'a.id', 'b.author_id')
    .select(['a.id', 'a.name', 'a.slug', 'b.organization'])
    .where('b.article_id', '=', id)
    .orderBy('b.position')
    .execute();

const tagsOf = async (id: number) =>
  (
    await getDb()
      .selectFrom('article_tags as at')
      .innerJoin('tags as t', 't.id', 'at.tag_id')
      .select('t.name')
      .where('at.article_id', '=', id)
      .orderBy('at.position')
      .execute()
  ).map((t) => t.name);

beforeAll(async () => {
  await migrateToLatest();
  ana = await addUser('Ana Editor');
  budi = await addUser('Budi Editor');
});
afterAll(closeDb);

describe('createArticle', () => {
  it('starts a draft at version 1, its address spelled from the headline, with its first revision', async () => {
    const draft = draftOf('Ferries resume after the storm');
    const id = await createArticle(draft, ana);
    expect(await articleRow(id)).toMatchObject({
      slug: 'ferries-resume-after-the-storm',
      headline: 'Ferries resume after the storm',
      status: 'draft',
      version: 1,
      published_at: null,
      created_by: ana,
      modified_by: ana,
    });
    expect(parseStoredStory((await articleRow(id)).body)).toEqual(draft.story);
    expect(await revisionsOf(id)).toEqual([{ version: 1, savedBy: ana, draft }]);
    expect(await bylinesOf(id)).toMatchObject([
      { name: 'Rina Testono', slug: 'rina-testono', organization: null },
      { name: 'Harbour Desk', slug: 'harbour-desk', organization: 'Antara' },
    ]);
    expect(await tagsOf(id)).toEqual(['Ports', 'Weather']);
    expect(await getFootprint(id)).toEqual({ id, path: null, section: 'indonesia', tags: ['ports', 'weather'], authors: ['rina-testono', 'harbour-desk'], hasCorrections: false });
  });
});

describe('updateArticle', () => {
  it('saves over the version it was given, and refuses a save made from an older one', async () => {
    const id = await createArticle(draftOf('Two editors open the same story'), ana);
    expect(await updateArticle(id, 1, draftOf('Two editors open the same story, one saves'), ana)).toEqual({ status: 'ok', version: 2 });

    const { modified_at: savedAt } = await getDb().selectFrom('articles').select('modified_at').where('id', '=', id).executeTakeFirstOrThrow();
    const stale = await updateArticle(id, 1, draftOf('Two editors open the same story, the other saves'), budi);
    expect(stale).toEqual({ status: 'conflict', by: 'Ana Editor', at: savedAt });
    expect(await articleRow(id)).toMatchObject({ headline: 'Two editors open the same story, one saves', version: 2, modified_by: ana });
    expect((await revisionsOf(id)).map((r) => r.version)).toEqual([1, 2]);
  });

  it('keeps every saved version as a revision, by whoever saved it', async () => {
    const first = draftOf('A story saved three times');
    const id = await createArticle(first, ana);
    const second = draftOf('A story saved three times', { dek: 'The second version of the summary, longer.' });
    const third = draftOf('A story saved three times', { story: storyFromMarkdown('A new body.\n\nWith two paragraphs.') });
    await updateArticle(id, 1, second, budi);
    await updateArticle(id, 2, third, ana);
    expect(await revisionsOf(id)).toEqual([
      { version: 1, savedBy: ana, draft: first },
      { version: 2, savedBy: budi, draft: second },
      { version: 3, savedBy: ana, draft: third },
    ]);
    expect(parseStoredStory((await articleRow(id)).body)).toEqual(third.story);
  });

  it('replaces bylines and tags as a whole, in the order given, reusing the rows of names it knows', async () => {
    const id = await createArticle(draftOf('Bylines change between saves'), ana);
    const [rina, desk] = await bylinesOf(id);
    await updateArticle(
      id,
      1,
      draftOf('Bylines change between saves', {
        bylines: [{ name: 'Harbour Desk', type: 'desk' }, { name: ' rina testono', type: 'person' }, { name: 'Dewi Baru', type: 'person' }],
        tags: ['Weather', 'weather ', 'Shipping'],
      }),
      ana,
    );
    expect(await bylinesOf(id)).toEqual([
      { id: desk!.id, name: 'Harbour Desk', slug: 'harbour-desk', organization: null },
      { id: rina!.id, name: 'Rina Testono', slug: 'rina-testono', organization: null },
      expect.objectContaining({ name: 'Dewi Baru', slug: 'dewi-baru' }),
    ]);
    expect(await tagsOf(id)).toEqual(['Weather', 'Shipping']);
  });
});

describe('setStatus', () => {
  it('publishes, unpublishes and republishes, the first publication fixing the date in the address', async () => {
    const id = await createArticle(draftOf('Harbour reopens to cargo ships'), ana);
    await setStatus(id, 'published', budi, { publishedAt: '2026-11-20T03:00:00.000Z', scheduledAt: null });
    expect(await articleRow(id)).toMatchObject({ status: 'published', published_at: '2026-11-20T03:00:00.000Z', version: 2, modified_by: budi });
    const path = (await getFootprint(id))?.path;
    expect(path).toBe('/indonesia/2026/11/20/harbour-reopens-to-cargo-ships');
    expect(await readArticleAt(path!)).toMatchObject({ kind: 'article', article: { id } });

    await setStatus(id, 'unpublished', budi);
    expect(await articleRow(id)).toMatchObject({ status: 'unpublished', published_at: '2026-11-20T03:00:00.000Z', version: 3 });
    expect((await getFootprint(id))?.path).toBeNull();
    expect(await readArticleAt(path!)).toBeNull();

    await setStatus(id, 'published', budi, { publishedAt: '2026-12-01T03:00:00.000Z', scheduledAt: null });
    expect(await articleRow(id)).toMatchObject({ status: 'published', published_at: '2026-11-20T03:00:00.000Z', version: 4 });
    expect((await getFootprint(id))?.path).toBe(path);
  });

  it('schedules: each due article is published once, at its scheduled time, the others wait', async () => {
    const due = await createArticle(draftOf('Scheduled for this morning'), ana);
    const later = await createArticle(draftOf('Scheduled for tomorrow'), ana);
    await setStatus(due, 'scheduled', ana, { scheduledAt: '2026-11-21T01:00:00.000Z' });
    await setStatus(later, 'scheduled', ana, { scheduledAt: '2026-11-22T01:00:00.000Z' });
    const now = new Date('2026-11-21T02:00:00.000Z');
    expect(await publishDueArticles(now)).toEqual([due]);
    expect(await publishDueArticles(now)).toEqual([]);
    expect(await articleRow(due)).toMatchObject({ status: 'published', published_at: '2026-11-21T01:00:00.000Z' });
    expect(await articleRow(later)).toMatchObject({ status: 'scheduled', published_at: null });
  });
});

describe('a new address', () => {
  it('leaves the old one redirecting to it when a published article is renamed', async () => {
    const id = await createArticle(draftOf('Fishing fleet returns to port'), ana);
    await setStatus(id, 'published', ana, { publishedAt: '2026-11-20T03:00:00.000Z', scheduledAt: null });
    const oldPath = (await getFootprint(id))!.path!;

    expect(await updateArticle(id, 2, draftOf('Fishing fleet returns to port', { slug: 'fishing-fleet-back' }), ana)).toEqual({ status: 'ok', version: 3 });
    const newPath = '/indonesia/2026/11/20/fishing-fleet-back';
    expect((await getFootprint(id))?.path).toBe(newPath);
    expect(await getDb().selectFrom('redirects').select(['path', 'article_id']).where('article_id', '=', id).execute()).toEqual([
      { path: oldPath, article_id: id },
    ]);
    expect(await readArticleAt(oldPath)).toEqual({ kind: 'moved', to: newPath });
    expect(await readArticleAt(newPath)).toMatchObject({ kind: 'article', article: { id, path: newPath } });
  });

  it('makes no redirect for a draft, which had no public address', async () => {
    const id = await createArticle(draftOf('A draft renamed before it ran'), ana);
    await updateArticle(id, 1, draftOf('A draft renamed before it ran', { slug: 'renamed-draft' }), ana);
    expect(await getDb().selectFrom('redirects').select('path').where('article_id', '=', id).execute()).toEqual([]);
  });
});

describe('addCorrection', () => {
  it('adds the correction and tells readers the article was updated', async () => {
    const id = await createArticle(draftOf('Port figures corrected'), ana);
    await setStatus(id, 'published', ana, { publishedAt: '2026-11-20T03:00:00.000Z', scheduledAt: null });
    await addCorrection(id, 'correction', 'An earlier version gave the wrong tonnage.', budi);
    const row = await articleRow(id);
    expect(row).toMatchObject({ version: 3, modified_by: budi });
    expect(row.updated_at).not.toBeNull();
    expect(await getDb().selectFrom('corrections').select(['kind', 'text', 'published_at']).where('article_id', '=', id).execute()).toEqual([
      { kind: 'correction', text: 'An earlier version gave the wrong tonnage.', published_at: row.updated_at },
    ]);
    expect((await getFootprint(id))?.hasCorrections).toBe(true);
  });
});
