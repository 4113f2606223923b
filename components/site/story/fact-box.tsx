import type { StoryBlock } from '@/lib/story/schema';
import { InlineContent } from './inline-content';

export function FactBox({ block }: { block: Extract<StoryBlock, { type: 'factBox' }> }) {
  const titleId = `${block.id}-title`;
  return (
    <aside id={block.id} aria-labelledby={titleId} className="fact-box">
      <h2 id={titleId}>{block.title}</h2>
      {block.paragraphs.map((p) => (
        <p key={p.id} id={p.id}>
          <InlineContent content={p.content} />
        </p>
      ))}
    </aside>
  );
}
