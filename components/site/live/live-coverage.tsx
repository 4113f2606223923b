import Link from 'next/link';
import { formatDisplayDateTime, formatTimeOfDay } from '@/lib/articles/dates';
import type { LiveState } from '@/lib/articles/schema';
import { updateAnchor } from '@/lib/live/anchors';
import type { LivePage } from '@/lib/live/queries';
import { livePagePath, livePollPath } from '@/lib/live/urls';
import { getSite } from '@/lib/site';
import { LiveUpdate } from './live-update';

// A live article's updates, whole without JavaScript: the key events as links, the pinned
// update, then the updates newest first, 50 to a page with links to the older ones. The reader
// script (components/site/islands/live.ts) polls for changes and shows them in place; its words
// come from the data attributes here.
export function LiveCoverage({ articleId, articlePath, live, page }: { articleId: number; articlePath: string; live: LiveState; page: LivePage }) {
  const { timeZone } = getSite();
  return (
    <section
      id="live"
      aria-labelledby="live-heading"
      className="mt-10"
      data-live-poll={live.endedAt ? undefined : livePollPath(articleId)}
      data-live-page={page.page}
      data-new-one="1 new update"
      data-new-many="{n} new updates"
    >
      <h2 id="live-heading" className="flex items-center gap-3 font-serif text-2xl font-bold">
        {live.endedAt ? (
          <span>
            Live coverage has ended <span className="text-base font-normal text-muted">({formatDisplayDateTime(live.endedAt, timeZone)})</span>
          </span>
        ) : (
          <>
            <span className="live-mark">Live</span> Updates
          </>
        )}
      </h2>
      {page.keyEvents.length > 0 ? (
        <nav aria-labelledby="key-events-heading" className="mt-4 bg-wash px-4 py-3" data-live-key-events="">
          <h3 id="key-events-heading" className="text-sm font-bold tracking-wider uppercase">
            Key events
          </h3>
          <ul className="mt-2 space-y-1">
            {page.keyEvents.map((event) => (
              <li key={event.id}>
                <a href={page.page === 1 ? `#${updateAnchor(event.id)}` : `${articlePath}#${updateAnchor(event.id)}`} className="hover:underline">
                  <time dateTime={event.postedAt} className="mr-2 font-semibold">
                    {formatTimeOfDay(event.postedAt, timeZone)}
                  </time>
                  {event.headline ?? event.summary}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <div data-live-pinned="">{page.pinned && page.page === 1 ? <LiveUpdate update={page.pinned} /> : null}</div>
      <button type="button" hidden data-live-new="" className="sticky top-2 z-10 mx-auto mt-4 block rounded-full bg-accent px-4 py-2 font-semibold text-paper shadow">
        New updates
      </button>
      <div data-live-updates="">
        {page.updates.map((update) => (
          <LiveUpdate key={update.id} update={update} />
        ))}
      </div>
      {page.total === 0 && !page.pinned ? <p className="mt-4 text-muted">The first update is on its way.</p> : null}
      {page.pageCount > 1 ? (
        <nav aria-label="Older and newer updates" className="mt-6 flex justify-between border-t border-rule pt-4 font-semibold">
          {page.page > 1 ? <Link href={livePagePath(articlePath, page.page - 1)}>← Newer updates</Link> : <span />}
          {page.page < page.pageCount ? <Link href={livePagePath(articlePath, page.page + 1)}>Older updates →</Link> : <span />}
        </nav>
      ) : null}
    </section>
  );
}
