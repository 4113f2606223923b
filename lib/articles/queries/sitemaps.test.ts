import { describe, expect, it } from 'vitest';
import { articlePath } from '../urls';
import { monthBounds } from './months';
import { toPaths } from './sitemaps';

// The sitemaps build their addresses in bulk (toPaths) and split by month (months.ts); both must
// agree with the one definition of an article's URL, in any time zone, daylight saving included.

const zones = ['Asia/Jakarta', 'America/New_York', 'Pacific/Chatham'];
// Every 7 hours 13 minutes over a year: every hour of the day, both changes of daylight saving.
const instants = Array.from({ length: 1215 }, (_, i) =>
  new Date(Date.UTC(2025, 0, 1) + i * 433 * 60_000).toISOString(),
);

describe('toPaths', () => {
  it('gives the address articlePath gives', () => {
    for (const timeZone of zones) {
      const rows = instants.map((at, id) => ({
        id,
        section: 'world',
        slug: `s-${id}`,
        headline: 'h',
        language: 'en',
        published_at: at,
        modified_at: at,
      }));
      const expected = rows.map((r) =>
        articlePath({ section: r.section, slug: r.slug, publishedAt: r.published_at }, timeZone),
      );
      expect(toPaths(rows, timeZone).map((p) => p.path)).toEqual(expected);
    }
  });
});

describe('months', () => {
  it('put each instant in the month its URL names, between that month’s bounds', () => {
    for (const timeZone of zones) {
      for (const at of instants) {
        const [, , yyyy, mm] = articlePath(
          { section: 's', slug: 'x', publishedAt: at },
          timeZone,
        ).split('/');
        const month = `${yyyy}-${mm}`;
        const { start, end } = monthBounds(month, timeZone);
        expect(at >= start && at < end, `${at} in ${month} (${timeZone})`).toBe(true);
      }
    }
  });

  it('are only months', () => {
    expect(() => monthBounds('2026-13', 'UTC')).toThrow(RangeError);
  });
});
