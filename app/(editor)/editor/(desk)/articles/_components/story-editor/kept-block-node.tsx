import { Node } from '@tiptap/core';
import { NodeViewWrapper, ReactNodeViewRenderer, type ReactNodeViewProps } from '@tiptap/react';
import { keptBlockNode } from '@/lib/story/editor-document';
import type { StoryBlock } from '@/lib/story/schema';

const kinds: Record<string, string> = {
  image: 'Picture',
  readAlso: 'Read also',
  embed: 'Embed',
  factBox: 'Fact box',
  pullQuote: 'Pull quote',
};

function describe(block: StoryBlock, cardTitles: Map<number, string>): string {
  switch (block.type) {
    case 'image':
      return block.alt;
    case 'embed':
      return block.url;
    case 'readAlso':
      return cardTitles.get(block.articleId) ?? `Article ${block.articleId} (not published)`;
    case 'factBox':
      return block.title;
    case 'pullQuote':
      return block.text;
    default:
      return '';
  }
}

function KeptBlockView({ node, selected, extension }: ReactNodeViewProps) {
  const block = node.attrs.block as StoryBlock;
  return (
    <NodeViewWrapper
      data-story-block={block.type}
      className={`my-3 border-l-4 border-accent bg-wash px-3 py-2 font-sans text-sm ${selected ? 'outline-2 outline-accent' : ''}`}
    >
      <strong>{kinds[block.type] ?? block.type}:</strong> {describe(block, (extension.options as KeptBlockOptions).cardTitles)}
    </NodeViewWrapper>
  );
}

/**
 * A block the editor keeps whole (picture, card, embed, fact box, pull quote): selectable,
 * movable and deletable as one piece. It cannot come in by pasting: only what the story
 * already holds, or what the newsroom's own pickers insert.
 */
interface KeptBlockOptions {
  /** Headlines of the articles "Read also" cards point to, by id. */
  cardTitles: Map<number, string>;
}

export const KeptBlock = Node.create<KeptBlockOptions>({
  name: keptBlockNode,
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,
  addOptions() {
    return { cardTitles: new Map() };
  },
  addAttributes() {
    return { block: { default: null, rendered: false } };
  },
  renderHTML() {
    return ['div', { 'data-story-block': '' }];
  },
  addNodeView() {
    return ReactNodeViewRenderer(KeptBlockView);
  },
});
