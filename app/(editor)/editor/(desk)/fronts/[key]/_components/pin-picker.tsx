import Form from 'next/form';
import Link from 'next/link';
import { inputClass } from '@/components/editor/field';
import { formatDisplayDateTime } from '@/lib/articles/dates';
import type { ArticleSummary } from '@/lib/articles/schema';
import { editFront } from '@/lib/fronts/actions';
import { getSite } from '@/lib/site';
import { ActionButton } from '@/components/editor/action-button';

interface Props {
  path: string;
  fields: { key: string; version: number; containerId: string; slotId: string };
  /** "Lead of Top stories". */
  place: string;
  query: string;
  candidates: ArticleSummary[];
}

export const pickAnchor = (containerId: string, slotId: string) => `pick-${containerId}-${slotId}`;

/** Search published stories and pin one into the slot: a plain search form, then one button per story. */
export function PinPicker({ path, fields, place, query, candidates }: Props) {
  const anchor = pickAnchor(fields.containerId, fields.slotId);
  const headingId = `${anchor}-heading`;
  const { timeZone } = getSite();
  return (
    <section
      id={anchor}
      aria-labelledby={headingId}
      className="mt-3 grid scroll-mt-4 gap-3 border-2 border-ink bg-wash p-3"
    >
      <h4 id={headingId} className="font-semibold">
        Pin a story: {place}
      </h4>
      <Form
        action={`${path}#${anchor}`}
        role="search"
        aria-label={`Find a story to pin: ${place}`}
        className="flex flex-wrap items-end gap-2"
      >
        <input type="hidden" name="pick" value={`${fields.containerId}.${fields.slotId}`} />
        <label className="grid flex-1 gap-1 text-sm font-semibold">
          Words from the story
          <input name="q" type="search" defaultValue={query} className={inputClass} />
        </label>
        <button type="submit" className="border border-ink bg-paper px-4 py-2 font-semibold">
          Search
        </button>
      </Form>
      <p className="text-sm text-muted">
        {query ? `Published stories matching “${query}”:` : 'The newest published stories:'}
      </p>
      {candidates.length === 0 ? (
        <p>No published story matches. Try other words.</p>
      ) : (
        <ul className="divide-y divide-rule">
          {candidates.map((article) => (
            <li key={article.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                <span className="font-semibold">{article.headline}</span>{' '}
                <span className="text-sm text-muted">
                  {article.sectionName} · {formatDisplayDateTime(article.publishedAt, timeZone)}
                </span>
              </span>
              <ActionButton
                action={editFront}
                fields={{ ...fields, op: 'pin', articleId: article.id }}
                pendingLabel="Pinning…"
                label={`Pin: ${article.headline}`}
              >
                Pin
              </ActionButton>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href={`${path}#container-${fields.containerId}`} className="underline">
          Close without pinning
        </Link>
      </p>
    </section>
  );
}
