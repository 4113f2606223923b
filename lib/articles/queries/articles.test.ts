import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, getDb } from '../../db/client';
import { migrateToLatest } from '../../db/migrate';
import { importContent } from '../../newsroom/import';
import * as read from './articles';
import { readAllAuthorSlugs, readAllTagSlugs } from './indexes';
import { slugify } from '../slug';
import { setBylines, setTags } from '../../newsroom/bylines-and-tags';
import { newArticleRow } from '../../test/article-row';

// Runs against a real SQLite file with the real sample content.
beforeAll(async () => {
  await migrateToLatest();
  await importContent(getDb(), path.resolve('content'));
});
afterAll(closeDb);

describe('importContent', () => {
  it('is idempotent', async () => {
    const before = await getDb().selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const again = await importContent(getDb(), path.resolve('content'));
    expect(again.imported).toBe(0);
    const after = await getDb().selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    expect(Number(before.n)).toBeGreaterThanOrEqual(30);
  });
});

describe('reads', () => {
  it('finds an article at its URL and only there', async () => {
    const [latest] = await read.readLatest(1);
    const found = await read.readArticleAt(latest!.path);
    expect(found?.kind).toBe('article');
    expect(await read.readArticleAt(latest!.path.replace(/\/\d\d\//, '/01/'))).toBeNull();
  });

  it('pages a section newest first', async () => {
    const page = await read.readSectionPage('world', 1);
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((a) => a.section === 'world')).toBe(true);
    const dates = page.items.map((a) => a.publishedAt);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('searches headlines and bodies, ignoring FTS syntax in the query', async () => {
    const [article] = await read.readLatest(1);
    const word = article!.headline.split(/\s+/).find((w) => w.length > 5)!.replace(/[^\p{L}]/gu, '');
    const result = await read.readSearch(word, 1);
    expect(result.items.map((a) => a.id)).toContain(article!.id);
    await expect(read.readSearch('"unbalanced AND OR (', 1)).resolves.toBeDefined();
  });

  it('shows nothing of the tags and bylines that only drafts carry, until one is published', async () => {
    const { id } = await getDb().insertInto('articles').values(newArticleRow()).returning('id').executeTakeFirstOrThrow();
    const tag = 'Embargoed merger of two ports';
    const source = 'Confidential Source Inside';
    await getDb()
      .transaction()
      .execute(async (trx) => {
        await setTags(trx, id, [tag]);
        await setBylines(trx, id, [{ type: 'person', name: source }]);
      });
    expect(await read.readTag(slugify(tag))).toBeNull();
    expect(await read.readAuthor(slugify(source))).toBeNull();
    expect(await readAllTagSlugs()).not.toContain(slugify(tag));
    expect(await readAllAuthorSlugs()).not.toContain(slugify(source));

    await getDb().updateTable('articles').set({ status: 'published', published_at: new Date().toISOString() }).where('id', '=', id).execute();
    expect(await read.readTag(slugify(tag))).toMatchObject({ name: tag });
    expect(await read.readAuthor(slugify(source))).toMatchObject({ name: source });
  });
});
