import type { ArticleSummary } from '@/lib/articles/schema';
import type { ResolvedSlot } from '@/lib/fronts/resolve';
import { ArticleCard } from '../article-card';

export type FilledSlot = ResolvedSlot & { article: ArticleSummary };

export const isFilled = (slot: ResolvedSlot): slot is FilledSlot => slot.article !== null;

type CardProps = Omit<
  React.ComponentProps<typeof ArticleCard>,
  'article' | 'headline' | 'kicker' | 'focal'
>;

/** A slot's article as a card, in the front's words where an editor gave some. */
export function SlotCard({ slot, ...props }: { slot: FilledSlot } & CardProps) {
  return (
    <ArticleCard
      article={slot.article}
      headline={slot.override?.headline}
      kicker={slot.override?.kicker}
      focal={slot.override?.focal}
      {...props}
    />
  );
}
