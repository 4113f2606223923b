import { zonedLocalToUtc } from '../dates';

// Calendar months in the publication's time zone ("2026-11"), the unit the article sitemaps are
// split by: the month an article's URL names (/yyyy/mm/) is the month whose file lists it.

export const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

function monthAfter(month: string): string {
  const [year, mm] = month.split('-').map(Number) as [number, number];
  return mm === 12 ? `${year + 1}-01` : `${year}-${String(mm + 1).padStart(2, '0')}`;
}

// Kept: each takes a few date formatters to work out, and a month's bounds never change.
const bounds = new Map<string, { start: string; end: string }>();

/** The UTC instants [start, end) of a month in `timeZone`, comparable with stored timestamps. */
export function monthBounds(month: string, timeZone: string): { start: string; end: string } {
  const key = `${timeZone} ${month}`;
  const known = bounds.get(key);
  if (known) return known;
  const start = monthPattern.test(month) ? zonedLocalToUtc(`${month}-01T00:00`, timeZone) : null;
  const end = start ? zonedLocalToUtc(`${monthAfter(month)}-01T00:00`, timeZone) : null;
  if (!start || !end) throw new RangeError(`Not a month: ${month}`);
  bounds.set(key, { start, end });
  return { start, end };
}
