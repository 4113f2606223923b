import { formatDisplayDateTime } from '@/lib/articles/dates';
import { cancelFrontSchedule, restoreFront } from '@/lib/fronts/actions';
import type { FrontDesk } from '@/lib/fronts/newsroom';
import { getSite } from '@/lib/site';
import { ActionButton } from '@/components/editor/action-button';

const how = { launch: 'Launched', scheduled: 'Launched on schedule', restore: 'Restored' } as const;

/** Layouts waiting for their time, and every launch so far, each restorable in one step. */
export function LaunchHistory({ desk }: { desk: FrontDesk }) {
  const { timeZone } = getSite();
  const fields = { key: desk.front.key, version: desk.draft.version };
  return (
    <>
      <section aria-labelledby="schedules-heading" className="mt-10">
        <h2 id="schedules-heading" className="font-serif text-2xl font-bold">
          Scheduled launches
        </h2>
        {desk.schedules.length === 0 ? (
          <p className="mt-2 text-muted">
            None. Schedule the draft above to launch it at a time to come.
          </p>
        ) : (
          <ul className="mt-2 divide-y divide-rule">
            {desk.schedules.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
                <span>
                  <strong>{formatDisplayDateTime(s.launchAt, timeZone)}</strong>: the draft as it
                  was at version {s.draftVersion}, scheduled by{' '}
                  {s.createdBy ?? 'someone no longer here'}
                </span>
                {desk.canArrange ? (
                  <ActionButton
                    action={cancelFrontSchedule}
                    fields={{ ...fields, scheduleId: s.id }}
                    pendingLabel="Cancelling…"
                  >
                    Cancel
                    <span className="sr-only">
                      {' '}
                      the launch at {formatDisplayDateTime(s.launchAt, timeZone)}
                    </span>
                  </ActionButton>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="history-heading" className="mt-10">
        <h2 id="history-heading" className="font-serif text-2xl font-bold">
          Launch history
        </h2>
        {desk.launches.length === 0 ? (
          <p className="mt-2 text-muted">Never launched: readers see the automatic layout.</p>
        ) : (
          <table className="mt-3 w-full text-left text-sm">
            <caption className="sr-only">Every launch of this front, newest first</caption>
            <thead className="border-b-2 border-ink">
              <tr>
                <th className="py-2 pr-4">Version</th>
                <th className="pr-4">When</th>
                <th className="pr-4">By</th>
                <th className="pr-4">How</th>
                <th className="pr-4">Layout</th>
                <th>
                  <span className="sr-only">Restore</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-rule">
              {desk.launches.map((launch) => (
                <tr key={launch.id}>
                  <td className="py-2 pr-4 font-semibold">
                    {launch.version}
                    {launch.isLive ? ' (readers see it)' : ''}
                  </td>
                  <td className="pr-4">{formatDisplayDateTime(launch.launchedAt, timeZone)}</td>
                  <td className="pr-4">{launch.launchedBy ?? 'someone no longer here'}</td>
                  <td className="pr-4">
                    {how[launch.kind]}
                    {launch.kind === 'restore' ? ` (${launch.detail})` : ''}
                  </td>
                  <td className="pr-4">
                    {launch.containers} {launch.containers === 1 ? 'container' : 'containers'},{' '}
                    {launch.pins} pinned
                  </td>
                  <td className="py-1">
                    {desk.canArrange && !launch.isLive ? (
                      <ActionButton
                        action={restoreFront}
                        fields={{ ...fields, launchId: launch.id }}
                        pendingLabel="Restoring…"
                        confirm={`Launch version ${launch.version} again now? Readers see it at once, and it replaces the draft.`}
                      >
                        Restore<span className="sr-only"> version {launch.version}</span>
                      </ActionButton>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
