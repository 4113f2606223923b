'use client';

import { useId, useState } from 'react';
import { findAuthors } from '@/lib/people/actions';
import type { AuthorChoice } from '@/lib/people/schema';
import { formatBylineLines, parseBylines } from '@/lib/newsroom/schema';
import { inputClass } from '@/components/editor/field';

interface Byline {
  name: string;
  type: 'person' | 'desk';
  organization?: string;
}

/**
 * Bylines as people and desks: search the ones the newsroom has, or add a new one by name; keep
 * them in order with Move up / Move down. The server reads the same lines it always has.
 */
export function BylinePicker({ initial, errors, onChange }: { initial: string; errors?: string[]; onChange: (lines: string) => void }) {
  const [bylines, setBylines] = useState<Byline[]>(() => parseBylines(initial));
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<AuthorChoice[]>([]);
  const labelId = useId();
  const errorId = useId();
  const lines = formatBylineLines(bylines.map((b) => ({ ...b, organization: b.organization ?? null })));
  const update = (next: Byline[]) => {
    setBylines(next);
    onChange(formatBylineLines(next.map((b) => ({ ...b, organization: b.organization ?? null }))));
  };
  const add = (byline: Byline) => {
    if (!bylines.some((b) => b.name === byline.name)) update([...bylines, byline]);
    setQuery('');
    setFound([]);
  };
  const move = (from: number, to: number) => {
    const next = [...bylines];
    next.splice(to, 0, ...next.splice(from, 1));
    update(next);
  };
  const small = 'border border-rule px-2 py-1 text-sm hover:bg-wash disabled:opacity-40';

  return (
    <fieldset className="grid gap-2" aria-describedby={errors?.length ? errorId : undefined}>
      <legend id={labelId} className="font-semibold">
        Bylines
      </legend>
      <input type="hidden" name="bylines" value={lines} />
      <ol className="grid gap-2">
        {bylines.map((byline, i) => (
          <li key={byline.name} className="flex flex-wrap items-center gap-2 border border-rule p-2">
            <span className="font-semibold">{byline.name}</span>
            <span className="text-sm text-muted">{byline.type === 'desk' ? 'Desk' : 'Person'}</span>
            <label className="flex items-center gap-1 text-sm">
              Agency
              <input
                value={byline.organization ?? ''}
                onChange={(e) => update(bylines.map((b, j) => (j === i ? { ...b, organization: e.currentTarget.value || undefined } : b)))}
                className="w-32 border border-rule px-1 py-0.5"
                aria-label={`Agency for ${byline.name}`}
              />
            </label>
            <span className="ml-auto flex gap-1">
              <button type="button" className={small} disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={`Move ${byline.name} up`}>
                ↑
              </button>
              <button type="button" className={small} disabled={i === bylines.length - 1} onClick={() => move(i, i + 1)} aria-label={`Move ${byline.name} down`}>
                ↓
              </button>
              <button type="button" className={small} onClick={() => update(bylines.filter((_, j) => j !== i))} aria-label={`Remove ${byline.name}`}>
                Remove
              </button>
            </span>
          </li>
        ))}
      </ol>
      <label className="grid gap-1 text-sm font-semibold">
        Add a byline
        <input
          type="search"
          value={query}
          className={inputClass}
          onChange={async (e) => {
            const typed = e.currentTarget.value;
            setQuery(typed);
            setFound(typed.trim() ? await findAuthors(typed) : []);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.preventDefault();
          }}
        />
      </label>
      {query.trim().length >= 2 ? (
        <ul className="grid gap-1" aria-label="Matching people and desks">
          {found.map((author) => (
            <li key={author.name}>
              <button type="button" className="w-full border border-rule px-2 py-1 text-left hover:bg-wash" onClick={() => add({ name: author.name, type: author.type })}>
                {author.name}
                {author.role ? <span className="text-sm">, {author.role}</span> : null}{' '}
                <span className="text-sm text-muted">({author.type === 'desk' ? 'desk' : 'person'})</span>
              </button>
            </li>
          ))}
          {found.some((a) => a.name.toLowerCase() === query.trim().toLowerCase()) ? null : (
            <>
              <li>
                <button type="button" className="w-full border border-dashed border-rule px-2 py-1 text-left hover:bg-wash" onClick={() => add({ name: query.trim(), type: 'person' })}>
                  Add “{query.trim()}” as a new person
                </button>
              </li>
              <li>
                <button type="button" className="w-full border border-dashed border-rule px-2 py-1 text-left hover:bg-wash" onClick={() => add({ name: query.trim(), type: 'desk' })}>
                  Add “{query.trim()}” as a new desk
                </button>
              </li>
            </>
          )}
        </ul>
      ) : null}
      {errors?.length ? (
        <p id={errorId} className="text-sm font-semibold text-accent-dark">
          {errors.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}
