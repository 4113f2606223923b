import type { Story } from './schema';

export interface ReadAlsoCard {
  headline: string;
  path: string;
}

/** The articles a story's "Read also" blocks point to, each once. */
export function readAlsoIds(story: Story): number[] {
  return [...new Set(story.blocks.flatMap((b) => (b.type === 'readAlso' ? [b.articleId] : [])))];
}
