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

describe('schedule times across daylight-saving changes', () => {
  it('reads wall-clock times in New York on both change days of 2026', async () => {
    const { zonedLocalToUtc } = await import('./dates');
    const zone = 'America/New_York';
    expect(zonedLocalToUtc('2026-03-08T01:30', zone)).toBe('2026-03-08T06:30:00.000Z'); // EST, before
    expect(zonedLocalToUtc('2026-03-08T03:30', zone)).toBe('2026-03-08T07:30:00.000Z'); // EDT, after
    expect(zonedLocalToUtc('2026-03-08T02:30', zone)).toBe('2026-03-08T07:30:00.000Z'); // skipped: moves on
    expect(zonedLocalToUtc('2026-11-01T01:30', zone)).toBe('2026-11-01T05:30:00.000Z'); // twice: the first
    expect(zonedLocalToUtc('2026-11-01T03:30', zone)).toBe('2026-11-01T08:30:00.000Z'); // EST again
  });

  it('reads wall-clock times in Berlin on both change days of 2026', async () => {
    const { zonedLocalToUtc } = await import('./dates');
    const zone = 'Europe/Berlin';
    expect(zonedLocalToUtc('2026-03-29T01:30', zone)).toBe('2026-03-29T00:30:00.000Z');
    expect(zonedLocalToUtc('2026-03-29T03:30', zone)).toBe('2026-03-29T01:30:00.000Z');
    expect(zonedLocalToUtc('2026-03-29T02:30', zone)).toBe('2026-03-29T01:30:00.000Z');
    expect(zonedLocalToUtc('2026-10-25T02:30', zone)).toBe('2026-10-25T00:30:00.000Z');
    expect(zonedLocalToUtc('2026-10-25T03:30', zone)).toBe('2026-10-25T02:30:00.000Z');
  });

  it('reads Jakarta time, which has no daylight saving, the same all year', async () => {
    const { zonedLocalToUtc, dateSegments } = await import('./dates');
    for (const day of ['2026-03-08', '2026-03-29', '2026-10-25', '2026-11-01']) {
      expect(zonedLocalToUtc(`${day}T02:30`, 'Asia/Jakarta')).toBe(new Date(`${day}T02:30:00+07:00`).toISOString());
    }
    // The URL date near midnight follows the zone's calendar on a change day elsewhere, too.
    expect(dateSegments('2026-03-08T04:59:00Z', 'America/New_York')).toEqual({ yyyy: '2026', mm: '03', dd: '07' });
    expect(dateSegments('2026-03-08T05:00:00Z', 'America/New_York')).toEqual({ yyyy: '2026', mm: '03', dd: '08' });
  });
});
