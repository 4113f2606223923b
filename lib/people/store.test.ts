import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { readArticleById, readAuthor } from '../articles/queries/articles';
import { setBylines, setTags } from '../newsroom/bylines-and-tags';
import { cacheTags } from '../cache-tags';
import { closeDb, getDb } from '../db/client';
import { migrateToLatest } from '../db/migrate';
import { NotAllowedError } from '../auth/not-allowed';
import type { Role } from '../auth/roles';
import { newArticleRow } from '../test/article-row';
import { getPerson } from './queries';
import { updatePersonProfile } from './store';

const caller = vi.hoisted(() => ({ role: 'editor' as Role }));
vi.mock('../auth/current-user', async () =>
  (await import('../test/fake-current-user')).fakeCurrentUser(caller),
);

let published: number;
let draft: number;
let rina: number;

const authorId = async (name: string) =>
  (
    await getDb()
      .selectFrom('authors')
      .select('id')
      .where('name', '=', name)
      .executeTakeFirstOrThrow()
  ).id;

beforeAll(async () => {
  await migrateToLatest();
  const db = getDb();
  published = (
    await db
      .insertInto('articles')
      .values({ ...newArticleRow(), status: 'published', published_at: '2026-11-20T03:00:00.000Z' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  draft = (
    await db
      .insertInto('articles')
      .values(newArticleRow())
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  await db.transaction().execute(async (trx) => {
    await setBylines(trx, published, [
      { name: 'Rina Testono', type: 'person' },
      { name: 'Harbour Desk', type: 'desk', organization: 'Antara' },
    ]);
    await setTags(trx, published, ['ports']);
    await setBylines(trx, draft, [{ name: 'Rina Testono', type: 'person' }]);
  });
  rina = await authorId('Rina Testono');
});
afterAll(closeDb);
beforeEach(() => {
  caller.role = 'editor';
});

describe('profile changes', () => {
  it('are for editors and admins only', async () => {
    caller.role = 'contributor';
    await expect(
      updatePersonProfile(rina, { name: 'Rina Testono', role: 'Intern', bio: 'Changed.' }),
    ).rejects.toThrow(NotAllowedError);
    caller.role = 'admin';
    expect(await getPerson(rina)).toMatchObject({ role: null, bio: null });
  });

  it('show their role, bio and photo on the author page and in the bylines of their articles', async () => {
    const result = await updatePersonProfile(rina, {
      name: 'Rina Testono',
      role: 'Reporter',
      bio: 'Covers the ports.',
      photoSrc: '/media/upload-rina.webp',
    });
    expect(await readAuthor('rina-testono')).toEqual({
      slug: 'rina-testono',
      name: 'Rina Testono',
      type: 'person',
      bio: 'Covers the ports.',
      role: 'Reporter',
      photoSrc: '/media/upload-rina.webp',
    });
    expect((await readArticleById(published))?.bylines[0]).toMatchObject({
      role: 'Reporter',
      photoSrc: '/media/upload-rina.webp',
    });

    // Their page and their published article's page are refreshed; lists that show only the name are not.
    const path = (await readArticleById(published))!.path;
    expect(result.status === 'saved' && [...result.refreshTags].sort()).toEqual(
      [
        cacheTags.author('rina-testono'),
        cacheTags.article(published),
        cacheTags.articlePath(path),
      ].sort(),
    );

    await updatePersonProfile(rina, {
      name: 'Rina Testono',
      role: 'Reporter',
      bio: 'Covers the ports.',
    });
    expect((await getPerson(rina))?.photoSrc).toBe('/media/upload-rina.webp');
    await updatePersonProfile(rina, {
      name: 'Rina Testono',
      role: null,
      bio: null,
      photoSrc: null,
    });
    expect(await getPerson(rina)).toMatchObject({ role: null, bio: null, photoSrc: null });
  });

  it('keep their address under a new name, and bylines written with the new name find them', async () => {
    const result = await updatePersonProfile(rina, {
      name: 'Rina T. Hartono',
      role: null,
      bio: null,
    });
    expect(result.status).toBe('saved');
    // The name shows wherever the article is listed, and beside the desk on its page.
    const tags = result.status === 'saved' ? result.refreshTags : [];
    expect(tags).toEqual(
      expect.arrayContaining([
        cacheTags.frontPage,
        cacheTags.section('world'),
        cacheTags.tag('ports'),
        cacheTags.author('harbour-desk'),
      ]),
    );
    expect(tags).not.toContain(cacheTags.article(draft));
    expect(await getPerson(rina)).toMatchObject({ name: 'Rina T. Hartono', slug: 'rina-testono' });
    expect((await readAuthor('rina-testono'))?.name).toBe('Rina T. Hartono');

    const authorsBefore = (await getDb().selectFrom('authors').select('id').execute()).length;
    await getDb()
      .transaction()
      .execute((trx) => setBylines(trx, draft, [{ name: 'Rina T. Hartono', type: 'person' }]));
    const byline = await getDb()
      .selectFrom('article_bylines')
      .select('author_id')
      .where('article_id', '=', draft)
      .executeTakeFirstOrThrow();
    expect(byline.author_id).toBe(rina);
    expect((await getDb().selectFrom('authors').select('id').execute()).length).toBe(authorsBefore);
  });

  it('may not take a name another person or desk has, however it is typed', async () => {
    expect(
      await updatePersonProfile(rina, { name: 'harbour desk', role: null, bio: null }),
    ).toEqual({ status: 'name-taken' });
    expect((await getPerson(rina))?.name).toBe('Rina T. Hartono');
    expect(await updatePersonProfile(999_999, { name: 'Nobody', role: null, bio: null })).toEqual({
      status: 'not-found',
    });
  });
});
