import type { ArticleSummary } from '@/lib/articles/schema';
import { ArticleCard } from './article-card';

export function ArticleList({ articles, showSection = true }: { articles: ArticleSummary[]; showSection?: boolean }) {
  return (
    <ul className="grid gap-x-8 gap-y-10 sm:grid-cols-2 lg:grid-cols-3">
      {articles.map((article) => (
        <li key={article.id}>
          <ArticleCard article={article} showSection={showSection} headingLevel="h2" />
        </li>
      ))}
    </ul>
  );
}
