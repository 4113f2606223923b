import { describe, expect, it } from 'vitest';
import { countPerDay, dayWindow } from './per-day';

const jakarta = 'Asia/Jakarta'; // UTC+7, no daylight saving time
const newYork = 'America/New_York'; // leaves daylight saving time on 2026-11-01

describe('dayWindow', () => {
  it('ends today in the publication time zone, not in UTC', () => {
    // 17:30 UTC on the 27th is already half past midnight on the 28th in Jakarta.
    const window = dayWindow(30, new Date('2026-11-27T17:30:00Z'), jakarta);
    expect(window.days).toHaveLength(30);
    expect(window.days.at(-1)).toBe('2026-11-28');
    expect(window.days[0]).toBe('2026-10-30');
    expect(window.from).toBe('2026-10-29T17:00:00.000Z');
    expect(window.to).toBe('2026-11-28T17:00:00.000Z');
  });

  it('counts calendar days across a month end and a daylight-saving change', () => {
    const window = dayWindow(5, new Date('2026-11-03T12:00:00Z'), newYork);
    expect(window.days).toEqual([
      '2026-10-30',
      '2026-10-31',
      '2026-11-01',
      '2026-11-02',
      '2026-11-03',
    ]);
    expect(window.from).toBe('2026-10-30T04:00:00.000Z'); // midnight EDT
    expect(window.to).toBe('2026-11-04T05:00:00.000Z'); // midnight EST
  });
});

describe('countPerDay', () => {
  it('keeps the days without feedback as zeros', () => {
    const now = new Date('2026-11-27T05:00:00Z');
    const counts = countPerDay(
      ['2026-11-27T01:00:00.000Z', '2026-11-27T02:00:00.000Z'],
      dayWindow(30, now, jakarta),
      jakarta,
    );
    expect(counts).toHaveLength(30);
    expect(counts.at(-1)).toEqual({ day: '2026-11-27', count: 2 });
    expect(counts.slice(0, -1).every((d) => d.count === 0)).toBe(true);
  });

  it("buckets by the publication's midnight", () => {
    const window = dayWindow(3, new Date('2026-11-28T12:00:00Z'), jakarta);
    const counts = countPerDay(
      [
        '2026-11-26T16:59:59.999Z', // 23:59 on the 26th in Jakarta
        '2026-11-26T17:00:00.000Z', // 00:00 on the 27th
        '2026-11-27T16:00:00.000Z', // 23:00 on the 27th
        '2026-11-28T01:00:00.000Z', // 08:00 on the 28th
      ],
      window,
      jakarta,
    );
    expect(counts).toEqual([
      { day: '2026-11-26', count: 1 },
      { day: '2026-11-27', count: 2 },
      { day: '2026-11-28', count: 1 },
    ]);
  });

  it('ignores timestamps outside the window', () => {
    const window = dayWindow(2, new Date('2026-11-28T12:00:00Z'), jakarta);
    const counts = countPerDay(
      ['2026-11-26T16:59:59.999Z', '2026-11-28T17:00:00.000Z'],
      window,
      jakarta,
    );
    expect(counts.map((d) => d.count)).toEqual([0, 0]);
  });

  it('gives the day of the daylight-saving change its 25 hours', () => {
    const window = dayWindow(3, new Date('2026-11-02T20:00:00Z'), newYork);
    const counts = countPerDay(
      [
        '2026-11-01T04:30:00.000Z', // 00:30 EDT on the 1st
        '2026-11-02T04:30:00.000Z', // 23:30 EST on the 1st
        '2026-11-02T05:30:00.000Z', // 00:30 EST on the 2nd
      ],
      window,
      newYork,
    );
    expect(counts).toEqual([
      { day: '2026-10-31', count: 0 },
      { day: '2026-11-01', count: 2 },
      { day: '2026-11-02', count: 1 },
    ]);
  });
});
