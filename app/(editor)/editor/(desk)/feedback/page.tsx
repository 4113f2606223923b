import type { Metadata } from 'next';
import Link from 'next/link';
import { inputClass } from '@/components/editor/field';
import { formatDisplayDateTime } from '@/lib/articles/dates';
import { NotAllowedError } from '@/lib/auth/current-user';
import { feedbackQuery, parseFeedbackFilters, type FeedbackFilters } from '@/lib/feedback/filters';
import { countFeedbackPerDay, listFeedback, listFeedbackArticles } from '@/lib/feedback/queries';
import { feedbackStatuses } from '@/lib/feedback/schema';
import { getSite } from '@/lib/site';
import { BulkStatusForm } from './_components/bulk-status-form';
import { FeedbackChart } from './_components/feedback-chart';
import { FeedbackRow } from './_components/feedback-row';
import { statusLabels } from './_components/labels';

export const metadata: Metadata = { title: 'Feedback' };

async function loadInbox(filters: FeedbackFilters & { page: number }) {
  try {
    const [inbox, articles, perDay] = await Promise.all([
      listFeedback(filters),
      listFeedbackArticles(),
      countFeedbackPerDay(),
    ]);
    return { inbox, articles, perDay };
  } catch (error) {
    if (error instanceof NotAllowedError) return null;
    throw error;
  }
}

export default async function FeedbackInboxPage({ searchParams }: PageProps<'/editor/feedback'>) {
  const filters = parseFeedbackFilters(await searchParams);
  const data = await loadInbox(filters);
  if (!data) {
    return (
      <>
        <h1 className="font-serif text-3xl font-bold">Reader feedback</h1>
        <p role="alert" className="mt-4">
          You do not have access to this page.
        </p>
      </>
    );
  }
  const { inbox, articles, perDay } = data;
  const { timeZone } = getSite();
  const isFiltered = Boolean(filters.status || filters.articleId);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="font-serif text-3xl font-bold">Reader feedback</h1>
        <a
          href={`/editor/feedback/export.csv${feedbackQuery(filters)}`}
          className="border border-ink px-4 py-2 font-semibold hover:bg-wash"
          download
        >
          Export CSV
        </a>
      </div>

      <section aria-labelledby="per-day-heading" className="mt-6">
        <h2 id="per-day-heading" className="font-serif text-xl font-bold">
          Last 30 days
        </h2>
        <FeedbackChart counts={perDay} />
      </section>

      <form
        method="get"
        className="mt-8 grid gap-3 sm:grid-cols-[12rem_1fr_auto]"
        aria-label="Filter feedback"
      >
        <label className="grid gap-1 text-sm font-semibold">
          Status
          <select name="status" defaultValue={filters.status ?? ''} className={inputClass}>
            <option value="">Any status</option>
            {feedbackStatuses.map((status) => (
              <option key={status} value={status}>
                {statusLabels[status]}
              </option>
            ))}
          </select>
        </label>
        <label className="grid gap-1 text-sm font-semibold">
          Article
          <select
            name="article"
            defaultValue={filters.articleId ? String(filters.articleId) : ''}
            className={inputClass}
          >
            <option value="">Any article</option>
            {articles.map((a) => (
              <option key={a.id} value={a.id}>
                {a.headline} ({a.count})
              </option>
            ))}
          </select>
        </label>
        <div className="flex items-end gap-3">
          <button type="submit" className="border border-ink px-4 py-2 font-semibold">
            Filter
          </button>
          {isFiltered ? (
            <Link href="/editor/feedback" className="py-2 underline">
              Show all
            </Link>
          ) : null}
        </div>
      </form>

      {inbox.total === 0 ? (
        <p className="mt-8">
          {isFiltered
            ? 'No messages match these filters.'
            : 'No reader feedback yet. What readers send from article pages will appear here.'}
        </p>
      ) : (
        <>
          <div className="mt-8 flex flex-wrap items-end justify-between gap-4 border-t border-rule pt-4">
            <BulkStatusForm />
            <p className="text-sm text-muted">
              {inbox.total.toLocaleString('en-US')} {inbox.total === 1 ? 'message' : 'messages'}
              {inbox.pageCount > 1 ? `, page ${inbox.page} of ${inbox.pageCount}` : ''}
            </p>
          </div>
          <div className="mt-4 overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Reader feedback, newest first</caption>
              <thead className="border-b-2 border-ink">
                <tr>
                  <th className="w-8 py-2">
                    <span className="sr-only">Select</span>
                  </th>
                  <th className="pr-4">Received</th>
                  <th className="pr-4">Article and message</th>
                  <th className="pr-4">Status</th>
                  <th>Actions</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-rule">
                {inbox.items.map((item) => (
                  <FeedbackRow
                    key={item.id}
                    item={item}
                    receivedLabel={formatDisplayDateTime(item.createdAt, timeZone)}
                  />
                ))}
              </tbody>
            </table>
          </div>
          {inbox.pageCount > 1 ? (
            <nav aria-label="Pages" className="mt-6 flex gap-4 font-semibold">
              {inbox.page > 1 ? (
                <Link
                  href={`/editor/feedback${feedbackQuery(filters, inbox.page - 1)}`}
                  className="underline"
                >
                  Newer messages
                </Link>
              ) : null}
              {inbox.page < inbox.pageCount ? (
                <Link
                  href={`/editor/feedback${feedbackQuery(filters, inbox.page + 1)}`}
                  className="underline"
                >
                  Older messages
                </Link>
              ) : null}
            </nav>
          ) : null}
        </>
      )}
    </>
  );
}
