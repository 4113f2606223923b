'use server';

import { sql } from 'kysely';
import { z } from 'zod';
import { requireRole } from '../auth/current-user';
import { getDb } from '../db/client';

export interface AuthorChoice {
  name: string;
  type: 'person' | 'desk';
  role: string | null;
}

/** People and desks whose name holds the words typed, for the byline picker. Newsroom only. */
export async function findAuthors(query: string): Promise<AuthorChoice[]> {
  await requireRole('contributor');
  const words = z.string().trim().max(80).catch('').parse(query).toLowerCase();
  if (words.length < 1) return [];
  const pattern = `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return getDb()
    .selectFrom('authors')
    .select(['name', 'type', 'role'])
    .where(sql<boolean>`lower(name) like ${pattern} escape '\\'`)
    .orderBy('name')
    .limit(8)
    .execute();
}
