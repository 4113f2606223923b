import 'server-only';
import { unstable_cache } from 'next/cache';
import { cacheTags } from '../cache-tags';
import { readArticleById } from '../articles/queries/articles';
import type { Story } from './schema';

export interface ReadAlsoCard {
  headline: string;
  path: string;
}

/**
 * The published articles a story's "Read also" cards point to. Each read carries the target's
 * tag, so a page showing a card is drawn again when that article is renamed, moved or taken down.
 */
export async function readAlsoCards(story: Story): Promise<Map<number, ReadAlsoCard>> {
  const ids = [...new Set(story.blocks.flatMap((b) => (b.type === 'readAlso' ? [b.articleId] : [])))];
  const cards = await Promise.all(
    ids.map((id) =>
      unstable_cache(
        async () => {
          const article = await readArticleById(id);
          return article ? { headline: article.headline, path: article.path } : null;
        },
        ['read-also', String(id)],
        { tags: [cacheTags.article(id)] },
      )(),
    ),
  );
  return new Map(ids.flatMap((id, i) => (cards[i] ? [[id, cards[i]] as const] : [])));
}
