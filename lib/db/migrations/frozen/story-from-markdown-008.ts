import { Lexer, type Token, type Tokens } from 'marked';
import { linkHref, storySchema, type Inline, type ParagraphBlock, type Story, type StoryBlock } from './story-schema-008';

// Frozen: lib/story/from-markdown.ts as it was when migration 008 was written (7cb3be7), for a
// body with no stored story to keep ids from, which is how the migration called it. Paragraphs
// are numbered p-1, p-2 … counting every paragraph the old Markdown renderer anchored, so links
// and stored reader reports keep pointing at the same paragraph; other blocks b-1, b-2 ….

export function storyFromMarkdown(markdown: string): Story {
  const counters = { p: 0, b: 0 };
  const ids: Ids = { paragraph: () => `p-${++counters.p}`, other: () => `b-${++counters.b}` };
  const blocks = new Lexer({ gfm: true })
    .lex(markdown)
    .flatMap((token) => {
      // A comment says nothing a reader sees (with no stored story, it stands for no kept block).
      const block = isComment(token) ? null : toBlock(token, ids);
      return block ? [block] : [];
    });
  if (blocks.length === 0) blocks.push({ type: 'paragraph', id: ids.paragraph(), content: [{ type: 'text', text: ' ' }] });
  return storySchema.parse({ version: 1, blocks });
}

const isComment = (token: Token) => token.type === 'html' && token.raw.trim().startsWith('<!--');

interface Ids {
  paragraph(): string;
  other(): string;
}

function toBlock(token: Token, ids: Ids): StoryBlock | null {
  switch (token.type) {
    case 'paragraph':
      return paragraphOf(ids.paragraph(), (token as Tokens.Paragraph).tokens);
    case 'heading': {
      const { depth, tokens } = token as Tokens.Heading;
      return { type: 'heading', id: ids.other(), level: depth <= 2 ? 2 : 3, content: nonEmpty(inlinesOf(tokens)) };
    }
    case 'blockquote': {
      const inner = (token as Tokens.Blockquote).tokens.flatMap((t) => quotedParagraphs(t, ids.paragraph));
      return inner.length ? { type: 'quote', id: ids.other(), paragraphs: inner } : null;
    }
    case 'list': {
      const list = token as Tokens.List;
      const items = list.items.map((item) => {
        const inline = item.tokens.flatMap((t) => {
          // A loose item's text was a paragraph with an anchor of its own: its number stays used.
          if (list.loose && (t.type === 'text' || t.type === 'paragraph')) ids.paragraph();
          return t.type === 'text' || t.type === 'paragraph' ? inlinesOf((t as Tokens.Text).tokens ?? [{ type: 'text', raw: t.raw, text: t.raw } as Tokens.Text]) : plain(t.raw);
        });
        return nonEmpty(inline);
      });
      return { type: 'list', id: ids.other(), ordered: list.ordered, items };
    }
    case 'hr':
      return { type: 'divider', id: ids.other() };
    case 'code':
      return paragraphOf(ids.paragraph(), [], (token as Tokens.Code).text);
    case 'html':
    case 'table':
      return token.raw.trim() ? paragraphOf(ids.paragraph(), [], token.raw.trim()) : null;
    default:
      return null;
  }
}

function quotedParagraphs(token: Token, paragraphId: () => string): ParagraphBlock[] {
  if (token.type === 'paragraph') return [paragraphOf(paragraphId(), (token as Tokens.Paragraph).tokens)];
  if (token.type === 'blockquote') return (token as Tokens.Blockquote).tokens.flatMap((t) => quotedParagraphs(t, paragraphId));
  return token.raw.trim() ? [paragraphOf(paragraphId(), [], token.raw.trim())] : [];
}

function paragraphOf(id: string, tokens: Token[], text?: string): ParagraphBlock {
  return { type: 'paragraph', id, content: nonEmpty(text === undefined ? inlinesOf(tokens) : plain(text)) };
}

const plain = (text: string): Inline[] => (text ? [{ type: 'text', text }] : []);
const nonEmpty = (content: Inline[]): Inline[] => (content.length ? content : [{ type: 'text', text: ' ' }]);

interface Marks {
  bold?: true;
  italic?: true;
}

function inlinesOf(tokens: Token[], marks: Marks = {}): Inline[] {
  const out: Inline[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'strong':
        out.push(...inlinesOf((token as Tokens.Strong).tokens, { ...marks, bold: true }));
        break;
      case 'em':
        out.push(...inlinesOf((token as Tokens.Em).tokens, { ...marks, italic: true }));
        break;
      case 'link': {
        const link = token as Tokens.Link;
        const children = inlinesOf(link.tokens, marks).flatMap((c) => (c.type === 'link' ? c.children : [c]));
        if (linkHref.safeParse(link.href).success && children.length) out.push({ type: 'link', href: link.href.trim(), children });
        else out.push(...children);
        break;
      }
      case 'br':
        out.push({ type: 'break' });
        break;
      case 'text':
      case 'escape':
      case 'codespan': {
        const inner = (token as Tokens.Text).tokens;
        if (inner && inner.length) out.push(...inlinesOf(inner, marks));
        else out.push(...runOf(decodeEntities((token as Tokens.Text).text), marks));
        break;
      }
      case 'image':
        out.push(...runOf((token as Tokens.Image).text, marks));
        break;
      default:
        out.push(...runOf(token.raw, marks));
    }
  }
  return merge(out);
}

const runOf = (text: string, marks: Marks): Inline[] => (text ? [{ type: 'text', text, ...marks }] : []);

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name]!);
}

function merge(inlines: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const node of inlines) {
    const last = out.at(-1);
    if (last?.type === 'text' && node.type === 'text' && last.bold === node.bold && last.italic === node.italic) {
      out[out.length - 1] = { ...last, text: last.text + node.text };
    } else out.push(node);
  }
  return out;
}
