import { Bylines } from '@/components/site/bylines';
import { StoryBody } from '@/components/site/story/story-body';
import { formatDisplayDate, formatTimeOfDay } from '@/lib/articles/dates';
import { updateAnchor, withUpdateAnchors } from '@/lib/live/anchors';
import type { LiveUpdateView } from '@/lib/live/queries';
import { getSite } from '@/lib/site';

const noCards = new Map();

/** One update of live coverage: its time (a link to itself), marks, headline, bylines and body. */
export function LiveUpdate({ update }: { update: LiveUpdateView }) {
  const { timeZone } = getSite();
  const anchor = updateAnchor(update.id);
  return (
    <article id={anchor} data-update-id={update.id} data-version={update.version} className="live-update scroll-mt-4 border-t border-rule py-5" aria-labelledby={`${anchor}-time`}>
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <a id={`${anchor}-time`} href={`#${anchor}`} className="font-bold text-accent-dark hover:underline">
          <time dateTime={update.postedAt} title={formatDisplayDate(update.postedAt, timeZone)}>
            {formatTimeOfDay(update.postedAt, timeZone)}
          </time>
        </a>
        {update.pinned ? <span className="bg-ink px-2 py-0.5 text-xs font-semibold tracking-wide text-paper uppercase">Pinned</span> : null}
        {update.keyEvent ? <span className="border border-accent px-2 py-0.5 text-xs font-semibold tracking-wide text-accent-dark uppercase">Key event</span> : null}
        {update.editedAt ? (
          <span className="text-muted">
            Updated <time dateTime={update.editedAt}>{formatTimeOfDay(update.editedAt, timeZone)}</time>
          </span>
        ) : null}
      </p>
      {update.headline ? <h3 className="mt-2 font-serif text-xl font-bold">{update.headline}</h3> : null}
      {update.bylines.length > 0 ? (
        <p className="mt-1 text-sm text-muted">
          <Bylines bylines={update.bylines} />
        </p>
      ) : null}
      <StoryBody story={withUpdateAnchors(update.story, update.id)} readAlso={noCards} variant="update" />
    </article>
  );
}
