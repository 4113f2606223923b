import { describe, expect, it } from 'vitest';
import { formatBylines } from './bylines';

describe('formatBylines', () => {
  it('renders a desk with its agency like the seed', () => {
    expect(formatBylines([{ name: 'News Desk', organization: 'Kyodo News' }])).toBe('News Desk (Kyodo News)');
  });

  it('joins two or more names in order', () => {
    expect(formatBylines([{ name: 'Rina Hartono', organization: null }, { name: 'Daniel Okafor', organization: null }])).toBe(
      'Rina Hartono and Daniel Okafor',
    );
    expect(
      formatBylines([
        { name: 'A', organization: null },
        { name: 'B', organization: 'AFP' },
        { name: 'C', organization: null },
      ]),
    ).toBe('A, B (AFP) and C');
  });

  it('is empty without bylines', () => {
    expect(formatBylines([])).toBe('');
  });
});
