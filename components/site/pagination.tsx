import Link from 'next/link';

interface Props {
  page: number;
  pageCount: number;
  pathFor: (page: number) => string;
}

export function Pagination({ page, pageCount, pathFor }: Props) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Pages" className="mt-10 flex items-center justify-between border-t border-rule pt-4">
      {page > 1 ? (
        <Link href={pathFor(page - 1)} rel="prev" className="font-semibold hover:underline">
          ← Newer stories
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-muted">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={pathFor(page + 1)} rel="next" className="font-semibold hover:underline">
          Older stories →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
