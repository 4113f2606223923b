import type { DayCount } from '@/lib/feedback/per-day';

// A bar per day, drawn on the server: no chart library, no JavaScript.

const barWidth = 14;
const gap = 4;
const plotHeight = 100;
const top = 16;
const labelSpace = 20;

const dayLabel = (day: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString('en-US', {
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });

const messages = (n: number) => (n === 1 ? '1 message' : `${n.toLocaleString('en-US')} messages`);

export function FeedbackChart({ counts }: { counts: DayCount[] }) {
  const total = counts.reduce((sum, d) => sum + d.count, 0);
  const busiest = counts.reduce<DayCount | undefined>(
    (best, d) => (d.count > (best?.count ?? 0) ? d : best),
    undefined,
  );
  const max = Math.max(1, busiest?.count ?? 0);
  const width = counts.length * (barWidth + gap);
  const first = counts[0];
  const last = counts.at(-1);
  const summary =
    `Feedback per day over the last ${counts.length} days: ${messages(total)} in all` +
    (busiest ? `, most on ${dayLabel(busiest.day)} (${messages(busiest.count)}).` : '.');

  return (
    <figure className="mt-3">
      {/* The SVG carries the summary itself; the caption repeats it for sighted readers only. */}
      <svg
        viewBox={`0 0 ${width} ${top + plotHeight + labelSpace}`}
        role="img"
        aria-label={summary}
        className="h-auto w-full max-w-2xl"
      >
        <text x={0} y={10} className="fill-muted text-[10px]">
          {max.toLocaleString('en-US')}
        </text>
        {counts.map((d, i) => {
          const height = (d.count / max) * plotHeight;
          return (
            <rect
              key={d.day}
              x={i * (barWidth + gap)}
              y={top + plotHeight - height}
              width={barWidth}
              height={height}
              className="fill-accent"
            >
              <title>{`${dayLabel(d.day)}: ${messages(d.count)}`}</title>
            </rect>
          );
        })}
        <line
          x1={0}
          x2={width}
          y1={top + plotHeight + 0.5}
          y2={top + plotHeight + 0.5}
          className="stroke-ink"
          strokeWidth={1}
        />
        {first ? (
          <text x={0} y={top + plotHeight + 14} className="fill-muted text-[10px]">
            {dayLabel(first.day)}
          </text>
        ) : null}
        {last ? (
          <text
            x={width}
            y={top + plotHeight + 14}
            textAnchor="end"
            className="fill-muted text-[10px]"
          >
            {dayLabel(last.day)}
          </text>
        ) : null}
      </svg>
      <figcaption aria-hidden="true" className="mt-1 text-sm text-muted">
        {summary}
      </figcaption>
      <table className="sr-only">
        <caption>Feedback per day</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Messages</th>
          </tr>
        </thead>
        <tbody>
          {counts.map((d) => (
            <tr key={d.day}>
              <th scope="row">{dayLabel(d.day)}</th>
              <td>{d.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
