import { storyFromMarkdown } from '../story/from-markdown';
import { storyColumns } from '../story/stored';

let serial = 0;

/** The columns of a new draft article, each call a different one, for tests that write articles. */
export function newArticleRow() {
  serial++;
  const now = new Date().toISOString();
  return {
    slug: `test-article-${process.pid}-${serial}`,
    section: 'world',
    headline: `Test article ${serial}`,
    dek: 'A summary.',
    ...storyColumns(storyFromMarkdown('Body.')),
    language: 'en',
    dateline_city: 'Jakarta',
    dateline_country: 'Indonesia',
    status: 'draft' as const,
    modified_at: now,
    created_at: now,
  };
}
