import type { Story, StoryBlock } from '../story/schema';
import { storyToMarkdown } from '../story/to-markdown';

type ImageBlock = Extract<StoryBlock, { type: 'image' }>;

/**
 * An update's story as its composer shows it for a change: Markdown, each embed as its link on a
 * line of its own (as it was pasted), and its pictures apart (kept unless the editor drops them).
 */
export function composerTextOf(story: Story): { text: string; pictures: ImageBlock[] } {
  const pictures = story.blocks.filter((block): block is ImageBlock => block.type === 'image');
  const text = story.blocks
    .filter((block) => block.type !== 'image')
    .map((block) => (block.type === 'embed' ? block.url : storyToMarkdown({ ...story, blocks: [block] })))
    .join('\n\n');
  return { text, pictures };
}
