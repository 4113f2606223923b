import Link from 'next/link';
import { Bylines } from '@/components/site/bylines';
import { PublishedDate } from '@/components/site/published-date';
import { formatDisplayDateTime } from '@/lib/articles/dates';
import type { ArticleView } from '@/lib/articles/schema';
import { sectionPath } from '@/lib/articles/urls';
import { getSite } from '@/lib/site';

export function ArticleHeader({ article }: { article: ArticleView }) {
  const { timeZone } = getSite();
  return (
    <header>
      <p className="flex items-center gap-3">
        {article.live && !article.live.endedAt ? <span className="live-mark">Live</span> : null}
        <Link
          href={sectionPath(article.section)}
          className="text-sm font-bold tracking-wider text-accent uppercase hover:underline"
        >
          {article.sectionName}
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl leading-tight font-bold text-balance sm:text-[2.6rem]">
        {article.headline}
      </h1>
      <p className="mt-4 font-serif text-xl leading-snug text-muted">{article.dek}</p>
      <div className="mt-5 space-y-0.5 border-t border-rule pt-3 text-[0.95rem]">
        <p>
          <Bylines bylines={article.bylines} />
        </p>
        <p className="text-muted">
          {article.dateline.city}, {article.dateline.country}
        </p>
        <p className="text-muted">
          <PublishedDate iso={article.publishedAt} />
          {article.updatedAt ? (
            <>
              {' · '}
              Updated{' '}
              <time dateTime={article.updatedAt}>{formatDisplayDateTime(article.updatedAt, timeZone)}</time>
            </>
          ) : null}
        </p>
      </div>
    </header>
  );
}
