import { describe, expect, it } from 'vitest';
import { feedbackQuery, parseFeedbackFilters } from './filters';

describe('feedback filters in the URL', () => {
  it('keeps known statuses and positive article ids, and drops the rest', () => {
    expect(parseFeedbackFilters({ status: 'spam', article: '12', page: '3' })).toEqual({
      status: 'spam',
      articleId: 12,
      page: 3,
    });
    expect(
      parseFeedbackFilters(new URLSearchParams('status=deleted&article=1%20or%201=1&page=-2')),
    ).toEqual({
      status: undefined,
      articleId: undefined,
      page: 1,
    });
    expect(parseFeedbackFilters({ status: ['new', 'read'], article: '0' })).toEqual({
      status: undefined,
      articleId: undefined,
      page: 1,
    });
  });

  it('writes them back the same way, the first page without a number', () => {
    const filters = parseFeedbackFilters({ status: 'read', article: '7' });
    expect(feedbackQuery(filters)).toBe('?status=read&article=7');
    expect(feedbackQuery(filters, 2)).toBe('?status=read&article=7&page=2');
    expect(parseFeedbackFilters(new URLSearchParams(feedbackQuery(filters, 2)))).toEqual({
      ...filters,
      page: 2,
    });
    expect(feedbackQuery({})).toBe('');
  });
});
