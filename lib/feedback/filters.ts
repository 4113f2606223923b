import { feedbackStatuses, type FeedbackStatus } from './schema';

// The inbox's filters as they travel in a URL (?status=new&article=12&page=2): read by the page
// and the CSV export alike, so the export holds exactly what the inbox showed.

export interface FeedbackFilters {
  status?: FeedbackStatus;
  articleId?: number;
}

type SearchParams = URLSearchParams | Record<string, string | string[] | undefined>;

function read(params: SearchParams, name: string): string | undefined {
  const value = params instanceof URLSearchParams ? params.get(name) : params[name];
  return typeof value === 'string' && value ? value : undefined;
}

function positiveInteger(value: string | undefined): number | undefined {
  const n = Number(value);
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

export function parseFeedbackFilters(params: SearchParams): FeedbackFilters & { page: number } {
  const status = read(params, 'status');
  return {
    status: feedbackStatuses.find((s) => s === status),
    articleId: positiveInteger(read(params, 'article')),
    page: positiveInteger(read(params, 'page')) ?? 1,
  };
}

/** The query string for these filters ("" when there are none); the page only when past the first. */
export function feedbackQuery(filters: FeedbackFilters, page = 1): string {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (filters.articleId) params.set('article', String(filters.articleId));
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `?${query}` : '';
}
