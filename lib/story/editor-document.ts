import { numberedIds } from './ids';
import { blockIds, linkHref, storySchema, storyVersion, type Inline, type ParagraphBlock, type Story, type StoryBlock } from './schema';

// The story as the newsroom's editor (Tiptap, on ProseMirror) holds it, and back. Blocks the
// editor has no text nodes for (pictures, cards, embeds, fact boxes, pull quotes) travel inside
// one atom node, `storyBlock`, whole. Ids are not kept in the editor: the server gives each saved
// block the id of the block it continues (keep-ids.ts), so splitting or joining paragraphs in
// the editor cannot move an anchor onto other text.

export interface EditorMark {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface EditorNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: EditorNode[];
  text?: string;
  marks?: EditorMark[];
}

export const keptBlockNode = 'storyBlock';

function inlineNodes(content: Inline[], marks: EditorMark[] = []): EditorNode[] {
  return content.flatMap((node): EditorNode[] => {
    if (node.type === 'break') return [{ type: 'hardBreak' }];
    if (node.type === 'link') return inlineNodes(node.children, [...marks, { type: 'link', attrs: { href: node.href } }]);
    const own = [...(node.bold ? [{ type: 'bold' }] : []), ...(node.italic ? [{ type: 'italic' }] : []), ...marks];
    return [{ type: 'text', text: node.text, ...(own.length ? { marks: own } : {}) }];
  });
}

const paragraphNode = (content: Inline[]): EditorNode => ({ type: 'paragraph', content: inlineNodes(content) });

export function storyToEditorDoc(story: Story): EditorNode {
  const content = story.blocks.map((block): EditorNode => {
    switch (block.type) {
      case 'paragraph':
        return paragraphNode(block.content);
      case 'heading':
        return { type: 'heading', attrs: { level: block.level }, content: inlineNodes(block.content) };
      case 'list':
        return {
          type: block.ordered ? 'orderedList' : 'bulletList',
          content: block.items.map((item) => ({ type: 'listItem', content: [paragraphNode(item)] })),
        };
      case 'quote':
        return { type: 'blockquote', content: block.paragraphs.map((p) => paragraphNode(p.content)) };
      case 'divider':
        return { type: 'horizontalRule' };
      default:
        return { type: keptBlockNode, attrs: { block } };
    }
  });
  return { type: 'doc', content };
}

/** Text runs with their marks; neighbouring runs under one link become one link. */
function inlinesOf(nodes: EditorNode[] = []): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    if (node.type === 'hardBreak') {
      out.push({ type: 'break' });
      continue;
    }
    if (node.type !== 'text' || !node.text) continue;
    const marks = new Set((node.marks ?? []).map((m) => m.type));
    const run = { type: 'text' as const, text: node.text, ...(marks.has('bold') ? { bold: true as const } : {}), ...(marks.has('italic') ? { italic: true as const } : {}) };
    const href = String(node.marks?.find((m) => m.type === 'link')?.attrs?.href ?? '').trim();
    const last = out.at(-1);
    if (href && linkHref.safeParse(href).success) {
      if (last?.type === 'link' && last.href === href) last.children.push(run);
      else out.push({ type: 'link', href, children: [run] });
    } else out.push(run);
  }
  return out;
}

/** Everything a node holds as paragraphs of inline content, for containers read as flat text. */
function paragraphsIn(node: EditorNode): Inline[][] {
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'codeBlock') return [inlinesOf(node.content)];
  return (node.content ?? []).flatMap(paragraphsIn);
}

const hasText = (content: Inline[]) => content.some((n) => n.type === 'link' || (n.type === 'text' && n.text.trim()));

/** The editor's document as a story, with provisional ids (the server settles them on save). */
export function editorDocToStory(doc: EditorNode): Story {
  const nodes = doc.content ?? [];
  const reserved = new Set(nodes.flatMap((n) => (n.type === keptBlockNode ? blockIds({ blocks: [n.attrs?.block as StoryBlock] }) : [])));
  const nextId = numberedIds(reserved);
  const paragraph = (content: Inline[]): ParagraphBlock => ({ type: 'paragraph', id: nextId('p'), content });

  const blocks = nodes.flatMap((node): StoryBlock[] => {
    switch (node.type) {
      case 'heading': {
        const content = inlinesOf(node.content);
        const level = Number(node.attrs?.level ?? 2) >= 3 ? 3 : 2;
        return hasText(content) ? [{ type: 'heading', id: nextId('b'), level, content }] : [];
      }
      case 'bulletList':
      case 'orderedList': {
        const items = (node.content ?? []).flatMap(paragraphsIn).filter(hasText);
        return items.length ? [{ type: 'list', id: nextId('b'), ordered: node.type === 'orderedList', items }] : [];
      }
      case 'blockquote': {
        const paragraphs = paragraphsIn(node).filter(hasText).map(paragraph);
        return paragraphs.length ? [{ type: 'quote', id: nextId('b'), paragraphs }] : [];
      }
      case 'horizontalRule':
        return [{ type: 'divider', id: nextId('b') }];
      case keptBlockNode:
        return node.attrs?.block ? [node.attrs.block as StoryBlock] : [];
      default:
        // Paragraphs, and anything else the editor may hold, as paragraphs of text.
        return paragraphsIn(node).filter(hasText).map(paragraph);
    }
  });
  return storySchema.parse({ version: storyVersion, blocks: blocks.length ? blocks : [paragraph([{ type: 'text', text: ' ' }])] });
}
