import Link from 'next/link';
import type { BylineView } from '@/lib/articles/schema';
import { authorPath } from '@/lib/articles/urls';

/** "News Desk (Kyodo News)", "Rina Hartono and Daniel Okafor", each name linking to its page. */
export function Bylines({ bylines, linked = true }: { bylines: BylineView[]; linked?: boolean }) {
  return (
    <>
      {bylines.map((byline, i) => (
        <span key={`${byline.slug}-${i}`}>
          {i > 0 ? (i === bylines.length - 1 ? ' and ' : ', ') : null}
          {linked ? (
            <Link href={authorPath(byline.slug)} className="font-semibold hover:underline" rel="author">
              {byline.name}
            </Link>
          ) : (
            <span className="font-semibold">{byline.name}</span>
          )}
          {byline.organization ? ` (${byline.organization})` : null}
        </span>
      ))}
    </>
  );
}
