import { PublishedDate } from '@/components/site/published-date';
import type { CorrectionView } from '@/lib/articles/schema';

export function CorrectionsNote({ corrections }: { corrections: CorrectionView[] }) {
  if (corrections.length === 0) return null;
  return (
    <aside aria-labelledby="corrections-heading" className="mt-10 border-y border-rule bg-wash px-4 py-4 text-sm">
      <h2 id="corrections-heading" className="font-bold">
        Corrections and clarifications
      </h2>
      <ul className="mt-2 space-y-2">
        {corrections.map((c) => (
          <li key={c.publishedAt + c.text}>
            <span className="font-semibold capitalize">{c.kind}</span> (<PublishedDate iso={c.publishedAt} />
            ): {c.text}
          </li>
        ))}
      </ul>
    </aside>
  );
}
