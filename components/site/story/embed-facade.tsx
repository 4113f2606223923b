import { parseEmbedUrl } from '@/lib/story/embeds';
import type { StoryBlock } from '@/lib/story/schema';

/**
 * A video or post from another site as a link to it. The page asks the other site for nothing;
 * the reader page's script turns a click into the provider's frame (data-embed-frame), and
 * without JavaScript the link simply opens the post.
 */
export function EmbedFacade({ block }: { block: Extract<StoryBlock, { type: 'embed' }> }) {
  const embed = parseEmbedUrl(block.url);
  const name = embed?.name ?? 'the original site';
  return (
    <figure id={block.id} className="embed-facade">
      <a href={block.url} rel="noopener noreferrer" data-embed-frame={embed?.frameSrc} data-embed-provider={block.provider}>
        <span className="embed-play" aria-hidden="true">
          ▶
        </span>
        <span>
          {block.provider === 'youtube' ? 'Watch the video on ' : 'See the post on '}
          {name}
        </span>
      </a>
      <figcaption className="sr-only">Loads content from {name} when opened.</figcaption>
    </figure>
  );
}
