'use server';

import { z } from 'zod';
import { requireRole } from '../auth/current-user';
import { readSearch } from '../articles/queries/articles';

export interface CardCandidate {
  id: number;
  headline: string;
  path: string;
}

const querySchema = z.string().trim().min(2).max(100);

/** Published articles matching the words typed in the "Read also" picker. Newsroom only. */
export async function findArticlesForCard(query: string): Promise<CardCandidate[]> {
  await requireRole('contributor');
  const parsed = querySchema.safeParse(query);
  if (!parsed.success) return [];
  const { items } = await readSearch(parsed.data, 1);
  return items.slice(0, 8).map(({ id, headline, path }) => ({ id, headline, path }));
}
