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
