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

/** The calendar date in the publication's time zone, as URL segments. */
export function dateSegments(iso: string, timeZone: string): { yyyy: string; mm: string; dd: string } {
  const parts = partsOf(iso, timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' });
  return { yyyy: parts.year, mm: parts.month, dd: parts.day };
}

type Parts = Record<Intl.DateTimeFormatPartTypes, string>;

function partsOf(iso: string, timeZone: string, options: Intl.DateTimeFormatOptions): Parts {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${iso}`);
  const formatter = new Intl.DateTimeFormat('en-US', { ...options, timeZone });
  return Object.fromEntries(formatter.formatToParts(date).map((p) => [p.type, p.value])) as Parts;
}

/**
 * "2026-11-28T10:00" read as a wall-clock time in `timeZone` → UTC ISO string. Used for the
 * editor's schedule field, which browsers send without a zone.
 */
export function zonedLocalToUtc(local: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)$/.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const guess = Date.UTC(y, mo - 1, d, h, mi);
  // The zone's offset at that moment, found by formatting the guess back in the zone.
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
      .formatToParts(new Date(guess))
      .map((p) => [p.type, p.value]),
  );
  const asZoned = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!);
  return new Date(guess - (asZoned - guess)).toISOString();
}

/** UTC ISO → "2026-11-28T10:00" in `timeZone`, for a datetime-local input. */
export function utcToZonedLocal(iso: string, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}
