import { TZDate } from '@date-fns/tz';

// Dates are stored in UTC and shown in the publication's time zone, so "Mon, March 15, 2021"
// and the /yyyy/mm/dd/ in a URL both follow the newsroom's calendar, not the server's.

export function formatDisplayDate(iso: string, timeZone: string): string {
  const parts = partsOf(iso, timeZone, {
    weekday: 'short',
    month: 'long',
    day: 'numeric',
    year: 'numeric',
  });
  return `${parts.weekday}, ${parts.month} ${parts.day}, ${parts.year}`;
}

export function formatDisplayDateTime(iso: string, timeZone: string): string {
  const parts = partsOf(iso, timeZone, {
    weekday: 'short',
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  });
  return `${parts.weekday}, ${parts.month} ${parts.day}, ${parts.year}, ${parts.hour}:${parts.minute} ${parts.timeZoneName}`;
}

/** "14:05": the time of day in the publication's time zone, as live updates show it. */
export function formatTimeOfDay(iso: string, timeZone: string): string {
  const parts = partsOf(iso, timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return `${parts.hour}:${parts.minute}`;
}

/** The calendar date in the publication's time zone, as URL segments. */
export function dateSegments(iso: string, timeZone: string): { yyyy: string; mm: string; dd: string } {
  const parts = partsOf(iso, timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' });
  return { yyyy: parts.year, mm: parts.month, dd: parts.day };
}

type Parts = Record<Intl.DateTimeFormatPartTypes, string>;

// Making a formatter costs far more than using one (about 0.16 ms, on every date of every
// listing and feed): each kind is made once per time zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { ...options, timeZone });
    formatters.set(key, formatter);
  }
  return formatter;
}

function partsOf(iso: string, timeZone: string, options: Intl.DateTimeFormatOptions): Parts {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${iso}`);
  return Object.fromEntries(formatterFor(timeZone, options).formatToParts(date).map((p) => [p.type, p.value])) as Parts;
}

const wallClock: Intl.DateTimeFormatOptions = { hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' };

/**
 * "2026-11-28T10:00" read as a wall-clock time in `timeZone` → UTC ISO string. Used for the
 * editor's schedule field, which browsers send without a zone. Zone rules come from
 * @date-fns/tz: a time the clocks skip (spring forward) moves on by the gap, and a time that
 * occurs twice (fall back) is taken at its first occurrence.
 */
export function zonedLocalToUtc(local: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)$/.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const instant = new TZDate(y, mo - 1, d, h, mi, timeZone).getTime();
  if (Number.isNaN(instant)) return null;
  const hourEarlier = instant - 3_600_000;
  const first = utcToZonedLocal(new Date(hourEarlier).toISOString(), timeZone) === local ? hourEarlier : instant;
  return new Date(first).toISOString();
}

/** UTC ISO → "2026-11-28T10:00" in `timeZone`, for a datetime-local input. */
export function utcToZonedLocal(iso: string, timeZone: string): string {
  const p = zonedParts(iso, timeZone);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

function zonedParts(iso: string, timeZone: string) {
  return partsOf(iso, timeZone, wallClock);
}
