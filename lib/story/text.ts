import type { Inline, Story, StoryBlock } from './schema';

// The story as plain text: for search, descriptions, feeds, word counts and revision diffs.

export function inlineText(content: Inline[]): string {
  return content.map((node) => (node.type === 'text' ? node.text : node.type === 'break' ? '\n' : inlineText(node.children))).join('');
}

/** One line of text per block; blocks without text of their own (images, cards, embeds) give none. */
export function blockText(block: StoryBlock): string {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return inlineText(block.content);
    case 'list':
      return block.items.map(inlineText).join('\n');
    case 'quote':
      return block.paragraphs.map((p) => inlineText(p.content)).join('\n');
    case 'factBox':
      return [block.title, ...block.paragraphs.map((p) => inlineText(p.content))].join('\n');
    case 'pullQuote':
      return block.attribution ? `${block.text} — ${block.attribution}` : block.text;
    case 'image':
      return block.caption ?? '';
    default:
      return '';
  }
}

export function storyText(story: Story): string {
  return story.blocks
    .map(blockText)
    .filter((text) => text.trim())
    .join('\n\n');
}

const wordPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Words and minutes at 230 words a minute, at least one. */
export function readingStats(story: Story): { words: number; minutes: number } {
  const words = storyText(story).match(wordPattern)?.length ?? 0;
  return { words, minutes: Math.max(1, Math.round(words / 230)) };
}
