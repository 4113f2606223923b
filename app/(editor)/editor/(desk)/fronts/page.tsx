import type { Metadata } from 'next';
import Link from 'next/link';
import { formatDisplayDateTime } from '@/lib/articles/dates';
import { editorFrontPath } from '@/lib/fronts/keys';
import { listFrontsForDesk } from '@/lib/fronts/newsroom';
import { getSite } from '@/lib/site';

export const metadata: Metadata = { title: 'Fronts' };

// Every front: the home page and each section page, what readers see on each, and what waits.
export default async function FrontsPage() {
  const { canArrange, fronts } = await listFrontsForDesk();
  const { timeZone } = getSite();
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Fronts</h1>
      <p className="mt-2 max-w-2xl text-muted">
        The home page and each section page are arranged here: stories pinned into containers, the
        rest filled automatically with the newest. Changes go to a draft; readers see them when it
        is launched.{canArrange ? '' : ' Editors and admins arrange fronts; you can look at them.'}
      </p>
      <table className="mt-6 w-full text-left text-sm">
        <caption className="sr-only">Fronts</caption>
        <thead className="border-b-2 border-ink">
          <tr>
            <th className="py-2 pr-4">Front</th>
            <th className="pr-4">Readers see</th>
            <th className="pr-4">Draft</th>
            <th>Next scheduled launch</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-rule">
          {fronts.map(({ front, launched, hasUnlaunchedChanges, pins, nextLaunch }) => (
            <tr key={front.key}>
              <td className="py-2 pr-4">
                <Link href={editorFrontPath(front)} className="font-semibold hover:underline">
                  {front.name}
                </Link>
              </td>
              <td className="pr-4">
                {launched.at
                  ? `Version ${launched.version}, launched ${formatDisplayDateTime(launched.at, timeZone)} by ${launched.by ?? 'someone no longer here'}; ${pins} pinned`
                  : 'The automatic layout'}
              </td>
              <td className="pr-4">
                {hasUnlaunchedChanges ? 'Changes not launched yet' : 'Same as readers see'}
              </td>
              <td>{nextLaunch ? formatDisplayDateTime(nextLaunch.launchAt, timeZone) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
