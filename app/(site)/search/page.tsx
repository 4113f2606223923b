import type { Metadata } from 'next';
import { ArticleList } from '@/components/site/article-list';
import { PageHeading } from '@/components/site/page-heading';
import { Pagination } from '@/components/site/pagination';
import { parsePageNumber } from '@/lib/articles/paging';
import { searchArticles } from '@/lib/articles/queries';

export const metadata: Metadata = {
  title: 'Search',
  robots: { index: false, follow: true },
};

type Props = PageProps<'/search'>;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const query = first(params.q).trim().slice(0, 200);
  const page = parsePageNumber(first(params.page)) ?? 1;
  const result = query ? await searchArticles(query, page) : null;

  return (
    <>
      <PageHeading title="Search" />
      <form action="/search" method="get" role="search" className="mb-10 flex max-w-2xl gap-2">
        <label htmlFor="search-q" className="sr-only">
          Search articles
        </label>
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={query}
          placeholder="Search articles"
          className="min-w-0 flex-1 border border-ink bg-white px-3 py-2 text-lg"
        />
        <button type="submit" className="bg-ink px-5 py-2 font-semibold text-paper hover:bg-accent">
          Search
        </button>
      </form>
      {result ? (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" className="mb-6 text-lg font-semibold" aria-live="polite">
            {result.total === 0
              ? `No results for “${query}”`
              : result.capped
                ? `More than ${result.total.toLocaleString('en-US')} results for “${query}”, newest first`
                : `${result.total.toLocaleString('en-US')} ${result.total === 1 ? 'result' : 'results'} for “${query}”`}
          </h2>
          {result.total === 0 ? (
            <p className="text-muted">Try fewer or different words, or browse the sections above.</p>
          ) : (
            <>
              <ArticleList articles={result.items} />
              <Pagination
                page={result.page}
                pageCount={result.pageCount}
                pathFor={(p) => `/search?q=${encodeURIComponent(query)}${p > 1 ? `&page=${p}` : ''}`}
              />
            </>
          )}
        </section>
      ) : null}
    </>
  );
}
