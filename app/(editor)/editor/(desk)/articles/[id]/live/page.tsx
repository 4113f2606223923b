import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireRole } from '@/lib/auth/current-user';
import { hasRole } from '@/lib/auth/roles';
import { formatDisplayDateTime, formatTimeOfDay } from '@/lib/articles/dates';
import { deleteLiveUpdate, setLiveCoverage } from '@/lib/live/actions';
import { getLiveDesk } from '@/lib/live/newsroom';
import { getSite } from '@/lib/site';
import { ActionButton } from '@/components/editor/action-button';
import { LiveComposer } from './_components/live-composer';
import { LiveDeskRefresh } from './_components/live-desk-refresh';

export const metadata: Metadata = { title: 'Live coverage' };

// The live desk of one article: start or end its coverage, write updates, change and delete them.
export default async function LiveDeskPage({ params }: PageProps<'/editor/articles/[id]/live'>) {
  const user = await requireRole('contributor');
  const id = Number((await params).id);
  const desk = Number.isInteger(id) && id > 0 ? await getLiveDesk(id) : null;
  if (!desk) notFound();
  const { timeZone } = getSite();
  const isEditor = hasRole(user.role, 'editor');
  const running = Boolean(desk.article.live_started_at && !desk.article.live_ended_at);

  return (
    <>
      <LiveDeskRefresh />
      <p className="text-sm">
        <Link href={`/editor/articles/${id}`} className="underline">
          ← {desk.article.headline}
        </Link>
      </p>
      <div className="mt-2 mb-6 flex flex-wrap items-center justify-between gap-3">
        <h1 className="font-serif text-3xl font-bold">Live coverage</h1>
        {isEditor ? (
          running ? (
            <ActionButton action={setLiveCoverage} fields={{ articleId: id, live: 'end' }} pendingLabel="Ending…" confirm="End the live coverage? Readers will see that it has ended.">
              End live coverage
            </ActionButton>
          ) : (
            <ActionButton action={setLiveCoverage} fields={{ articleId: id, live: 'start' }} pendingLabel="Starting…" variant="primary">
              {desk.article.live_ended_at ? 'Resume live coverage' : 'Start live coverage'}
            </ActionButton>
          )
        ) : null}
      </div>
      <p className="mb-6 text-muted">
        {running
          ? `Live since ${formatDisplayDateTime(desk.article.live_started_at!, timeZone)}.`
          : desk.article.live_ended_at
            ? `Live coverage ended ${formatDisplayDateTime(desk.article.live_ended_at, timeZone)}.`
            : 'Not live. Start the coverage, then post updates: readers see them below the article, newest first.'}
        {desk.article.status !== 'published' ? ' The article itself is not published yet: readers see nothing until it is.' : null}
      </p>
      {running ? (
        <section aria-labelledby="composer-title" className="mb-10 border-2 border-ink p-4">
          <h2 id="composer-title" className="mb-3 font-serif text-xl font-bold">
            New update
          </h2>
          <LiveComposer articleId={id} authors={desk.authors} library={desk.library} canPost={isEditor} />
        </section>
      ) : null}
      <section aria-labelledby="updates-title">
        <h2 id="updates-title" className="font-serif text-2xl font-bold">
          Updates ({desk.updates.length})
        </h2>
        <ol className="mt-3 grid gap-4">
          {desk.updates.map((update) => {
            const mayChange = isEditor || (update.status === 'draft' && update.createdBy === user.id);
            return (
              <li key={update.id} id={`desk-update-${update.id}`} className="border-t border-rule pt-3">
                <p className="flex flex-wrap items-center gap-2 text-sm">
                  <strong>{update.status === 'draft' ? 'Draft' : formatTimeOfDay(update.postedAt!, timeZone)}</strong>
                  {update.pinned ? <span className="bg-ink px-2 text-xs text-paper uppercase">Pinned</span> : null}
                  {update.keyEvent ? <span className="border border-accent px-2 text-xs uppercase">Key event</span> : null}
                  {update.editedAt ? <span className="text-muted">Updated {formatTimeOfDay(update.editedAt, timeZone)}</span> : null}
                  <span className="text-muted">by {update.writer ?? 'someone no longer here'}</span>
                </p>
                {update.headline ? <p className="font-semibold">{update.headline}</p> : null}
                <p className="line-clamp-3 whitespace-pre-line">{update.text}</p>
                {mayChange ? (
                  <div className="mt-2 flex flex-wrap items-start gap-3">
                    <details className="w-full">
                      <summary className="cursor-pointer font-semibold underline">Change</summary>
                      <div className="mt-3">
                        <LiveComposer key={update.version} articleId={id} authors={desk.authors} library={desk.library} canPost={isEditor} update={update} />
                      </div>
                    </details>
                    <ActionButton
                      action={deleteLiveUpdate}
                      fields={{ updateId: update.id }}
                      pendingLabel="Deleting…"
                      variant="danger"
                      confirm="Delete this update? It is gone from the page, the feeds and every cache at once."
                    >
                      Delete
                    </ActionButton>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
      </section>
    </>
  );
}
