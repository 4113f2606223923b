import { dateSegments, zonedLocalToUtc } from '../articles/dates';

// Feedback per calendar day in the publication's time zone, with the empty days kept, so a
// chart of the last N days always has N bars.

export interface DayCount {
  /** YYYY-MM-DD in the publication's time zone. */
  day: string;
  count: number;
}

export interface DayWindow {
  days: string[];
  /** UTC instant where the first day starts, inclusive. */
  from: string;
  /** UTC instant where the day after the last one starts, exclusive. */
  to: string;
}

const dayOf = (iso: string, timeZone: string) => {
  const { yyyy, mm, dd } = dateSegments(iso, timeZone);
  return `${yyyy}-${mm}-${dd}`;
};

// Calendar arithmetic on the date alone: a day is a day even when the zone changes its offset.
function shiftDay(day: string, by: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + by)).toISOString().slice(0, 10);
}

const startOf = (day: string, timeZone: string) => zonedLocalToUtc(`${day}T00:00`, timeZone)!;

/** The last `count` days up to and including today (in `timeZone`), and their UTC bounds. */
export function dayWindow(count: number, now: Date, timeZone: string): DayWindow {
  const today = dayOf(now.toISOString(), timeZone);
  const days = Array.from({ length: count }, (_, i) => shiftDay(today, i - count + 1));
  return { days, from: startOf(days[0]!, timeZone), to: startOf(shiftDay(today, 1), timeZone) };
}

/** Counts timestamps (ISO UTC) per day of the window; ones outside it are ignored. */
export function countPerDay(
  timestamps: readonly string[],
  window: DayWindow,
  timeZone: string,
): DayCount[] {
  const starts = window.days.map((day) => Date.parse(startOf(day, timeZone)));
  const end = Date.parse(window.to);
  const counts = new Array<number>(window.days.length).fill(0);
  for (const iso of timestamps) {
    const at = Date.parse(iso);
    if (!(at >= starts[0]! && at < end)) continue;
    // The last day whose start is not after the timestamp (days are few: a scan from the end is enough).
    let i = starts.length - 1;
    while (starts[i]! > at) i--;
    counts[i]!++;
  }
  return window.days.map((day, i) => ({ day, count: counts[i]! }));
}
