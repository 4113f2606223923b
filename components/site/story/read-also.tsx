import type { ReadAlsoCard } from '@/lib/story/read-also';

/** "Read also": another of our articles as a card, linked at its current address. */
export function ReadAlso({ id, card }: { id: string; card: ReadAlsoCard }) {
  return (
    <aside id={id} aria-label="Read also" className="read-also">
      <p className="read-also-label">Read also</p>
      <a href={card.path}>{card.headline}</a>
    </aside>
  );
}
