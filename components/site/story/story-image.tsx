import { ResponsiveImage } from '@/components/site/responsive-image';
import type { StoryBlock } from '@/lib/story/schema';

/** A picture in the story, through the image optimizer with a srcset; lazy, it is never the first thing seen. */
export function StoryImage({ block }: { block: Extract<StoryBlock, { type: 'image' }> }) {
  return (
    <figure id={block.id} className="story-figure">
      <ResponsiveImage
        src={block.src}
        alt={block.alt}
        width={block.width}
        height={block.height}
        sizes="(min-width: 768px) 720px, 100vw"
        className="h-auto w-full bg-wash"
      />
      {block.caption || block.credit ? (
        <figcaption className="mt-2 font-sans text-sm text-muted">
          {block.caption}{' '}
          {block.credit ? <span className="text-xs tracking-wide uppercase">({block.credit})</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
