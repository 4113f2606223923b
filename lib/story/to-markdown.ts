import type { Inline, StoryBlock, Story } from './schema';
import { blockText } from './text';

// The story as Markdown, for the newsroom's Markdown field while the block editor is not yet
// in place: storyFromMarkdown(storyToMarkdown(story), story) gives the same blocks back. Blocks
// Markdown cannot express (pictures, cards, embeds, fact boxes, pull quotes) stand in it as a
// comment naming the block, which the editor may move or delete but not lose by saving.

/** Characters Markdown would read as syntax are escaped, so the text comes back as written. */
function escapeText(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`).replace(/&(?=[#a-zA-Z0-9]+;)/g, '&amp;');
}

/** Escapes what would start a block at the beginning of a line: "# ", "> ", "- ", "1. ". */
const escapeLineStart = (line: string) => line.replace(/^(\s*)([#>+-]|\d+[.)])(?=\s|$)/, (_, space: string, mark: string) => `${space}${mark.replace(/^(\d+)([.)])$/, '$1\\$2').replace(/^([#>+-])$/, '\\$1')}`);

function inlineMarkdown(content: Inline[]): string {
  const text = content
    .map((node) => {
      if (node.type === 'break') return '\\\n';
      if (node.type === 'link') return `[${inlineMarkdown(node.children)}](<${node.href.replace(/[<>]/g, encodeURIComponent)}>)`;
      const escaped = escapeText(node.text);
      // Marks wrap the text inside its own spaces: "**bold** text", never "** bold**".
      const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(escaped)!;
      if (!core) return escaped;
      const open = `${node.bold ? '**' : ''}${node.italic ? '_' : ''}`;
      const close = `${node.italic ? '_' : ''}${node.bold ? '**' : ''}`;
      return `${lead}${open}${core}${close}${trail}`;
    })
    .join('');
  return text.split('\n').map(escapeLineStart).join('\n');
}

function blockMarkdown(block: StoryBlock): string {
  switch (block.type) {
    case 'paragraph':
      return inlineMarkdown(block.content);
    case 'heading':
      return `${'#'.repeat(block.level)} ${inlineMarkdown(block.content)}`;
    case 'list':
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${inlineMarkdown(item)}`).join('\n');
    case 'quote':
      return block.paragraphs.map((p) => inlineMarkdown(p.content).replace(/^/gm, '> ')).join('\n>\n');
    case 'divider':
      return '---';
    default:
      return keptBlockComment(block);
  }
}

/** "<!-- image b-5: A boat at dawn -->": which stored block stands here, and a word on what it is. */
function keptBlockComment(block: StoryBlock): string {
  const about =
    block.type === 'image' ? block.alt : block.type === 'embed' ? block.url : block.type === 'readAlso' ? `article ${block.articleId}` : blockText(block);
  const label = about.replace(/\s+/g, ' ').replace(/-{2,}/g, '-').slice(0, 80).trim();
  return `<!-- ${block.type} ${block.id}${label ? `: ${label}` : ''} -->`;
}

export function storyToMarkdown(story: Story): string {
  return story.blocks.map(blockMarkdown).join('\n\n');
}
