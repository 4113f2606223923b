import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, getDb } from '../db/client';
import { migrateToLatest } from '../db/migrate';
import { slugPattern } from './schema';
import { slugify } from './slug';
import { setBylines, setTags } from '../newsroom/bylines-and-tags';
import { newArticleRow } from '../test/article-row';

describe('slugify', () => {
  it('spells names from every script the newsroom writes in', () => {
    expect(slugify('日本')).toBe('ri-ben');
    expect(slugify('李明')).toBe('li-ming');
    expect(slugify('Ахмед')).toBe('akhmed');
    expect(slugify('محمد علي')).toMatch(slugPattern);
    expect(slugify('Sri Mulyani Indrawati')).toBe('sri-mulyani-indrawati');
    expect(slugify('Pérez & Ñandú')).toBe('perez-nandu');
  });
});

describe('tag and author addresses', () => {
  beforeAll(async () => {
    await migrateToLatest();
  });
  afterAll(closeDb);

  async function articleWith(tags: string[], names: string[]) {
    const template = await getDb().insertInto('articles').values(newArticleRow()).returning('id').executeTakeFirstOrThrow();
    await getDb()
      .transaction()
      .execute(async (trx) => {
        await setTags(trx, template.id, tags);
        await setBylines(trx, template.id, names.map((name) => ({ type: 'person' as const, name })));
      });
    const tagRows = await getDb().selectFrom('article_tags as at').innerJoin('tags as t', 't.id', 'at.tag_id').select('t.slug').where('at.article_id', '=', template.id).orderBy('at.position').execute();
    const authorRows = await getDb().selectFrom('article_bylines as b').innerJoin('authors as a', 'a.id', 'b.author_id').select('a.slug').where('b.article_id', '=', template.id).orderBy('b.position').execute();
    return { tags: tagRows.map((r) => r.slug), authors: authorRows.map((r) => r.slug) };
  }

  it('gives every name a unique, stable address, even names that spell alike', async () => {
    const first = await articleWith(['日本', 'Ekonomi', '黎明'], ['李明', 'Ахмед', 'أحمد', 'Rina Hartono']);
    for (const slug of [...first.tags, ...first.authors]) expect(slug).toMatch(slugPattern);
    expect(new Set(first.tags).size).toBe(3);
    // 李明 and 黎明 both spell "li-ming"; the second one asked for gets a short id as well.
    const again = await articleWith(['黎明', '李明', 'ekonomi'], ['李明', '黎明']);
    expect(again.tags[0]).toBe(first.tags[2]);
    expect(again.tags[1]).not.toBe(again.tags[0]);
    expect(again.tags[2]).toBe(first.tags[1]);
    expect(again.authors[0]).toBe(first.authors[0]);
    expect(again.authors[1]).not.toBe(again.authors[0]);
  });
});
