import { formatDisplayDate } from '@/lib/articles/dates';
import { getSite } from '@/lib/site';

export function PublishedDate({ iso, className }: { iso: string; className?: string }) {
  return (
    <time dateTime={iso} className={className}>
      {formatDisplayDate(iso, getSite().timeZone)}
    </time>
  );
}
