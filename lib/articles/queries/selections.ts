import type { ArticleSummary } from '../schema';
import { publishedArticles, summaryColumns, toSummaries } from './summaries';

// Reads that pick published articles for a page someone arranges (lib/fronts): the ones an editor
// chose, by id, and the newest of a kind to fill what they left open.

export interface NewestFilter {
  section?: string;
  /** A tag's slug. */
  tag?: string;
  /** Live coverage that is running, newest started first. */
  liveNow?: boolean;
}

/** Published articles by id; an id that is not published (any more) is missing from the map. */
export async function readPublishedSummaries(ids: number[]): Promise<Map<number, ArticleSummary>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await publishedArticles().select(summaryColumns).where('id', 'in', unique).execute();
  return new Map((await toSummaries(rows)).map((s) => [s.id, s]));
}

/** The newest `limit` published articles matching `filter`, leaving out the ids in `excluding`. */
export async function readNewestSummaries(
  filter: NewestFilter,
  excluding: readonly number[],
  limit: number,
): Promise<ArticleSummary[]> {
  if (limit <= 0) return [];
  let query = publishedArticles().select(summaryColumns);
  if (filter.section) query = query.where('section', '=', filter.section);
  if (filter.tag) {
    const tag = filter.tag;
    query = query.where('id', 'in', (eb) =>
      eb
        .selectFrom('article_tags as at')
        .innerJoin('tags as t', 't.id', 'at.tag_id')
        .select('at.article_id')
        .where('t.slug', '=', tag),
    );
  }
  if (excluding.length > 0) query = query.where('id', 'not in', [...new Set(excluding)]);
  query = filter.liveNow
    ? query
        .where('live_started_at', 'is not', null)
        .where('live_ended_at', 'is', null)
        .orderBy('live_started_at', 'desc')
    : query.orderBy('published_at', 'desc');
  return toSummaries(await query.orderBy('id', 'desc').limit(limit).execute());
}
