import type { Metadata } from 'next';
import Link from 'next/link';
import { inputClass } from '@/components/editor/field';
import { statusLabels } from '@/lib/newsroom/workflow';
import { formatDisplayDateTime } from '@/lib/articles/dates';
import { listAuthorsForFilter, listEditorArticles } from '@/lib/newsroom/queries';
import { sections } from '@/lib/articles/sections';
import type { ArticleStatus } from '@/lib/newsroom/schema';
import { getSite } from '@/lib/site';

export const metadata: Metadata = { title: 'Articles' };

const one = (v: string | string[] | undefined) => (typeof v === 'string' && v ? v : undefined);

export default async function ArticlesPage({ searchParams }: PageProps<'/editor'>) {
  const params = await searchParams;
  const status = one(params.status) as ArticleStatus | undefined;
  const filters = { status: status && status in statusLabels ? status : undefined, section: one(params.section), author: one(params.author), q: one(params.q) };
  const [articles, authors] = await Promise.all([listEditorArticles(filters), listAuthorsForFilter()]);
  const { timeZone } = getSite();
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="font-serif text-3xl font-bold">Articles</h1>
        <Link href="/editor/articles/new" className="bg-ink px-4 py-2 font-semibold text-paper hover:bg-accent">
          New article
        </Link>
      </div>
      <form method="get" className="mt-6 grid gap-3 sm:grid-cols-5" aria-label="Filter articles">
        <label className="grid gap-1 text-sm font-semibold">
          Search headlines
          <input name="q" type="search" defaultValue={filters.q} className={inputClass} />
        </label>
        <label className="grid gap-1 text-sm font-semibold">
          Status
          <select name="status" defaultValue={filters.status ?? ''} className={inputClass}>
            <option value="">Any status</option>
            {Object.entries(statusLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="grid gap-1 text-sm font-semibold">
          Section
          <select name="section" defaultValue={filters.section ?? ''} className={inputClass}>
            <option value="">Any section</option>
            {sections.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label className="grid gap-1 text-sm font-semibold">
          Author
          <select name="author" defaultValue={filters.author ?? ''} className={inputClass}>
            <option value="">Any author</option>
            {authors.map((a) => (
              <option key={a.slug} value={a.slug}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <div className="flex items-end">
          <button type="submit" className="border border-ink px-4 py-2 font-semibold">
            Filter
          </button>
        </div>
      </form>
      <table className="mt-6 w-full text-left text-sm">
        <caption className="sr-only">Articles, most recently changed first</caption>
        <thead className="border-b-2 border-ink">
          <tr>
            <th className="py-2">Headline</th>
            <th>Section</th>
            <th>Status</th>
            <th>Last change</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-rule">
          {articles.map((a) => (
            <tr key={a.id}>
              <td className="py-2 pr-4">
                <Link href={`/editor/articles/${a.id}`} className="font-semibold hover:underline">
                  {a.headline}
                </Link>
              </td>
              <td className="pr-4">{a.sectionName}</td>
              <td className="pr-4">
                {statusLabels[a.status]}
                {a.status === 'scheduled' && a.scheduled_at ? ` for ${formatDisplayDateTime(a.scheduled_at, timeZone)}` : ''}
              </td>
              <td>
                {formatDisplayDateTime(a.modified_at, timeZone)}
                {a.modifiedBy ? ` by ${a.modifiedBy}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {articles.length === 0 ? <p className="mt-6">No articles match these filters.</p> : null}
    </>
  );
}
