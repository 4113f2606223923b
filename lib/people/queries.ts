import { sql } from 'kysely';
import 'server-only';
import { requireRole } from '../auth/current-user';
import { getDb } from '../db/client';
import { hasEveryWord } from '../db/word-search';
import type { AuthorChoice } from './schema';

// The people and desks of the newsroom's bylines, for editors. Each function checks the caller's
// role itself. Their profile is written in store.ts.

export interface PersonListItem {
  id: number;
  slug: string;
  name: string;
  type: 'person' | 'desk';
  role: string | null;
  hasPhoto: boolean;
  publishedCount: number;
}

export interface PersonProfile {
  id: number;
  slug: string;
  name: string;
  type: 'person' | 'desk';
  role: string | null;
  bio: string | null;
  photoSrc: string | null;
  publishedCount: number;
}

function withPublishedCount() {
  return getDb()
    .selectFrom('authors')
    .select([
      'authors.id',
      'authors.slug',
      'authors.name',
      'authors.type',
      'authors.role',
      'authors.bio',
      'authors.photo_src',
    ])
    // Kept by the triggers of migration 020, as the author's page counts them.
    .select((eb) =>
      eb
        .selectFrom('listing_counts')
        .select('published')
        .where('listing', '=', sql<string>`'author:' || ${eb.ref('authors.id')}`)
        .as('published_count'),
    );
}

/** People and desks whose name or role holds every word typed; everyone (the first 200) for none. */
export async function listPeople(query = ''): Promise<PersonListItem[]> {
  await requireRole('editor');
  const rows = await withPublishedCount()
    .where((eb) => hasEveryWord(eb, ['authors.name', 'authors.role'], query))
    .orderBy('authors.name')
    .orderBy('authors.id')
    .limit(200)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    name: r.name,
    type: r.type,
    role: r.role,
    hasPhoto: r.photo_src !== null,
    publishedCount: Number(r.published_count ?? 0),
  }));
}

export async function getPerson(id: number): Promise<PersonProfile | null> {
  await requireRole('editor');
  const row = await withPublishedCount().where('authors.id', '=', id).executeTakeFirst();
  if (!row) return null;
  const { photo_src: photoSrc, published_count: count, ...rest } = row;
  return { ...rest, photoSrc, publishedCount: Number(count ?? 0) };
}

/** People and desks whose name holds every word typed, for the byline picker. Newsroom only. */
export async function findAuthorChoices(query: string): Promise<AuthorChoice[]> {
  await requireRole('contributor');
  if (!query.trim()) return [];
  return getDb()
    .selectFrom('authors')
    .select(['name', 'type', 'role'])
    .where((eb) => hasEveryWord(eb, ['name'], query))
    .orderBy('name')
    .limit(8)
    .execute();
}
