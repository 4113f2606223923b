import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, getDb } from './client';
import { migrateToLatest } from './migrate';
import { containsPattern, hasEveryWord, searchWords } from './word-search';

// On both databases (scripts/test-postgres.mjs runs this on PostgreSQL too): PostgreSQL's LIKE
// is case-sensitive and SQLite's is not, and only PostgreSQL treats "\" as an escape by default.

const names = async (query: string) =>
  (
    await getDb()
      .selectFrom('authors')
      .select('name')
      .where((eb) => hasEveryWord(eb, ['name', 'role'], query))
      .orderBy('name')
      .execute()
  ).map((r) => r.name);

beforeAll(async () => {
  await migrateToLatest();
  await getDb()
    .insertInto('authors')
    .values([
      { slug: 'rina-hartono', name: 'Rina Hartono', type: 'person', bio: null, role: 'Photographer' },
      { slug: 'harbour-desk', name: 'Harbour Desk', type: 'desk', bio: null, role: null },
      { slug: 'desk-100', name: '100% Local_Desk', type: 'desk', bio: null, role: 'Back\\Office' },
    ])
    .execute();
});
afterAll(closeDb);

describe('hasEveryWord', () => {
  it('finds rows holding every word, each in any column, whatever the case', async () => {
    expect(await names('RINA photographer')).toEqual(['Rina Hartono']);
    expect(await names('hartono harbour')).toEqual([]);
    expect(await names('desk')).toEqual(['100% Local_Desk', 'Harbour Desk']);
    expect(await names('   ')).toEqual(['100% Local_Desk', 'Harbour Desk', 'Rina Hartono']);
  });

  it('takes %, _ and \\ as the characters typed, not as wildcards or escapes', async () => {
    expect(await names('%')).toEqual(['100% Local_Desk']);
    expect(await names('rina_hartono')).toEqual([]);
    expect(await names('local_')).toEqual(['100% Local_Desk']);
    expect(await names('back\\office')).toEqual(['100% Local_Desk']);
    expect(await names('\\')).toEqual(['100% Local_Desk']);
  });
});

describe('searchWords and containsPattern', () => {
  it('lowercase, split and cap the words; escape what LIKE would read as wildcards', () => {
    expect(searchWords(' One two  THREE four five six ')).toEqual(['one', 'two', 'three', 'four', 'five']);
    expect(searchWords('a b c', 2)).toEqual(['a', 'b']);
    expect(containsPattern('50%_off\\')).toBe('%50\\%\\_off\\\\%');
  });
});
