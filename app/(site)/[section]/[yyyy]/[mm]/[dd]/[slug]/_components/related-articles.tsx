import { ArticleCard } from '@/components/site/article-card';
import type { ArticleSummary } from '@/lib/articles/schema';

export function RelatedArticles({ articles }: { articles: ArticleSummary[] }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" className="mt-14 border-t-2 border-ink pt-4">
      <h2 id="related-heading" className="font-serif text-2xl font-bold">
        Related articles
      </h2>
      <div className="mt-5 grid gap-8 sm:grid-cols-2">
        {articles.map((a) => (
          <ArticleCard key={a.id} article={a} variant="compact" />
        ))}
      </div>
    </section>
  );
}
