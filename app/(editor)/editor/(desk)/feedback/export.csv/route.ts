import { dateSegments } from '@/lib/articles/dates';
import { NotAllowedError } from '@/lib/auth/current-user';
import { toCsv } from '@/lib/feedback/csv';
import { parseFeedbackFilters } from '@/lib/feedback/filters';
import { listFeedbackForCsv } from '@/lib/feedback/queries';
import { getSite } from '@/lib/site';

const header = [
  'id',
  'created_at',
  'status',
  'article_id',
  'article_headline',
  'paragraph_anchor',
  'paragraph_quote',
  'message',
];

/** The inbox as a spreadsheet, with the same filters (?status=…&article=…). */
export async function GET(request: Request) {
  const { status, articleId } = parseFeedbackFilters(new URL(request.url).searchParams);
  let rows;
  try {
    rows = await listFeedbackForCsv({ status, articleId });
  } catch (error) {
    if (error instanceof NotAllowedError) {
      return new Response('You do not have access to reader feedback.\n', {
        status: 403,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      });
    }
    throw error;
  }
  const csv = toCsv(
    header,
    rows.map((r) => [
      r.id,
      r.createdAt,
      r.status,
      r.articleId,
      r.headline,
      r.paragraphAnchor,
      r.paragraphQuote,
      r.message,
    ]),
  );
  const { yyyy, mm, dd } = dateSegments(new Date().toISOString(), getSite().timeZone);
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="feedback-${yyyy}-${mm}-${dd}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
