import { describe, expect, it } from 'vitest';
import { dateSegments, formatDisplayDate, formatDisplayDateTime } from './dates';

describe('formatDisplayDate', () => {
  it('prints the seed format in the publication time zone', () => {
    expect(formatDisplayDate('2021-03-15T03:00:00Z', 'Asia/Jakarta')).toBe('Mon, March 15, 2021');
  });

  it('uses the publication calendar, not UTC, near midnight', () => {
    // 20:30 UTC on the 14th is already 03:30 on the 15th in Jakarta.
    expect(formatDisplayDate('2021-03-14T20:30:00Z', 'Asia/Jakarta')).toBe('Mon, March 15, 2021');
    expect(formatDisplayDate('2021-03-14T20:30:00Z', 'UTC')).toBe('Sun, March 14, 2021');
  });

  it('refuses what is not a date', () => {
    expect(() => formatDisplayDate('yesterday', 'UTC')).toThrow(RangeError);
  });
});

describe('formatDisplayDateTime', () => {
  it('adds a 24-hour time and zone', () => {
    expect(formatDisplayDateTime('2026-11-27T09:05:00Z', 'Asia/Jakarta')).toBe('Fri, November 27, 2026, 16:05 GMT+7');
  });
});

describe('dateSegments', () => {
  it('pads month and day for URLs', () => {
    expect(dateSegments('2026-01-04T18:00:00Z', 'Asia/Jakarta')).toEqual({ yyyy: '2026', mm: '01', dd: '05' });
  });
});

describe('schedule times', () => {
  it('reads a datetime-local value in the publication time zone and back', async () => {
    const { zonedLocalToUtc, utcToZonedLocal } = await import('./dates');
    expect(zonedLocalToUtc('2026-11-28T10:00', 'Asia/Jakarta')).toBe('2026-11-28T03:00:00.000Z');
    expect(utcToZonedLocal('2026-11-28T03:00:00.000Z', 'Asia/Jakarta')).toBe('2026-11-28T10:00');
    expect(zonedLocalToUtc('tomorrow', 'Asia/Jakarta')).toBeNull();
  });
});
