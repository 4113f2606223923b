import type { Metadata } from 'next';
import Link from 'next/link';
import { FeedbackBox } from '@/components/site/feedback-box';
import { PageHeading } from '@/components/site/page-heading';
import { getArticleById } from '@/lib/articles/queries';
import { describeProblem, isFeedbackProblem } from '@/lib/feedback/problems';
import { countCharacters } from '@/lib/feedback/count';
import { getSite } from '@/lib/site';

// Where a reader lands when a message sent without the reader script was not taken (the
// article's page is static and cannot say so): why, and the form again with what they wrote.
export const metadata: Metadata = {
  title: 'Your message was not sent',
  robots: { index: false, follow: false },
};

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

export default async function FeedbackRefusedPage({ params, searchParams }: PageProps<'/feedback/[article]'>) {
  const [{ article: id }, query] = await Promise.all([params, searchParams]);
  const article = /^\d{1,9}$/.test(id) ? await getArticleById(Number(id)) : null;
  const problem = first(query.problem);
  const message = first(query.text);
  const written = Number(first(query.n));
  const reason = describeProblem(article && isFeedbackProblem(problem) ? problem : 'closed', Number.isSafeInteger(written) ? written : countCharacters(message));

  return (
    <div className="mx-auto max-w-3xl">
      <PageHeading title="Your message was not sent">
        {article ? (
          <>
            About <Link href={article.path} className="underline">{article.headline}</Link>
          </>
        ) : null}
      </PageHeading>
      {article ? (
        <section id="feedback" aria-label="Reader feedback">
          <FeedbackBox articleId={article.id} publicationName={getSite().name} message={message} error={reason} />
        </section>
      ) : (
        <p>{reason}</p>
      )}
    </div>
  );
}
