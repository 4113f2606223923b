import { formatDisplayDateTime } from '@/lib/articles/dates';
import type { EditorArticle } from '@/lib/newsroom/queries';
import { getSite } from '@/lib/site';
import type { TextChange } from '@/lib/story/text-diff';
import { RestoreButton } from './restore-button';

const eventLabels: Record<string, string> = {
  refreshed: 'Pages refreshed',
  publish: 'Published',
  schedule: 'Scheduled',
  submit: 'Submitted for review',
  unpublish: 'Unpublished',
  correction: 'Correction added',
  clarification: 'Clarification added',
  restored: 'Revision restored',
};

function describeRefresh(detail: string) {
  return detail
    .split(' ')
    .map((tag) => tag.replace(/^path:/, '').replace(/^(section|tag|author):/, '$1 '))
    .join(', ');
}

export function ArticleHistory({ article, canRestore }: { article: EditorArticle; canRestore: boolean }) {
  const { timeZone } = getSite();
  return (
    <div className="mt-12 grid gap-10 border-t-2 border-ink pt-4 lg:grid-cols-2">
      <section aria-labelledby="revisions-title">
        <h2 id="revisions-title" className="font-serif text-2xl font-bold">
          Revisions
        </h2>
        <ol className="mt-3 divide-y divide-rule">
          {article.revisions.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
              <span>
                Version {r.version} · {formatDisplayDateTime(r.saved_at, timeZone)}
                {r.name ? ` · ${r.name}` : ''}
                {r.version === article.version ? ' (current)' : ''}
              </span>
              {canRestore && r.version !== article.version ? <RestoreButton revisionId={r.id} version={article.version} label={`Restore version ${r.version}`} /> : null}
              {r.changes ? <RevisionChanges version={r.version} changes={r.changes} /> : null}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="activity-title">
        <h2 id="activity-title" className="font-serif text-2xl font-bold">
          Activity
        </h2>
        <ol className="mt-3 divide-y divide-rule text-sm">
          {article.events.map((e, i) => (
            <li key={i} className="py-2">
              <span className="font-semibold">{eventLabels[e.kind] ?? e.kind}</span> · {formatDisplayDateTime(e.at, timeZone)}
              {e.name ? ` · ${e.name}` : ''}
              {e.kind === 'refreshed' ? <p className="mt-1 text-muted">{describeRefresh(e.detail)}</p> : null}
            </li>
          ))}
          {article.events.length === 0 ? <li className="py-2 text-muted">Nothing yet.</li> : null}
        </ol>
      </section>
    </div>
  );
}

/** What a revision changed in the headline, summary and story: removed words struck, added ones marked. */
function RevisionChanges({ version, changes }: { version: number; changes: TextChange[] }) {
  if (!changes.some((c) => c.kind !== 'same')) return <p className="basis-full text-sm text-muted">No change to the text.</p>;
  return (
    <details className="basis-full text-sm">
      <summary className="cursor-pointer underline">What changed in version {version}</summary>
      {changes.some((c) => c.coarse) ? <p className="mt-2 text-muted">Too much changed to show word by word: some passages are shown whole, shortened.</p> : null}
      <p className="mt-2 font-serif leading-relaxed whitespace-pre-wrap">
        {changes.map((change, i) =>
          change.kind === 'added' ? (
            <ins key={i} className="bg-[#e3f4e1] no-underline">
              {change.text}
            </ins>
          ) : change.kind === 'removed' ? (
            <del key={i} className="bg-[#fbe3e3]">
              {change.text}
            </del>
          ) : (
            <span key={i}>{change.text}</span>
          ),
        )}
      </p>
    </details>
  );
}
