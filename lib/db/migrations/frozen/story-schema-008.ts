import { z } from 'zod';

// Frozen: the story document (version 1) as lib/story/schema.ts and lib/story/text.ts had it when
// migration 008 was written (7cb3be7), cut down to the blocks a Markdown body converts to. The
// migration validates what it writes with this, never with today's schema.

const blockId = z.string().regex(/^[a-z]-[a-z0-9]{1,16}$/);

export const linkHref = z
  .string()
  .trim()
  .max(2000)
  .refine((href) => {
    if (href.startsWith('/') && !href.startsWith('//')) return true;
    try {
      return ['http:', 'https:', 'mailto:'].includes(new URL(href).protocol);
    } catch {
      return false;
    }
  });

const textNode = z
  .object({
    type: z.literal('text'),
    text: z.string().min(1).max(20_000),
    bold: z.literal(true).optional(),
    italic: z.literal(true).optional(),
  })
  .strict();
const lineBreak = z.object({ type: z.literal('break') }).strict();
const linkNode = z
  .object({ type: z.literal('link'), href: linkHref, children: z.array(z.discriminatedUnion('type', [textNode, lineBreak])).min(1).max(200) })
  .strict();
const inlineSchema = z.discriminatedUnion('type', [textNode, lineBreak, linkNode]);
const inlines = z.array(inlineSchema).min(1).max(2000);

const paragraph = z.object({ type: z.literal('paragraph'), id: blockId, content: inlines }).strict();
const heading = z.object({ type: z.literal('heading'), id: blockId, level: z.union([z.literal(2), z.literal(3)]), content: inlines }).strict();
const list = z.object({ type: z.literal('list'), id: blockId, ordered: z.boolean(), items: z.array(inlines).min(1).max(500) }).strict();
const quote = z.object({ type: z.literal('quote'), id: blockId, paragraphs: z.array(paragraph).min(1).max(50) }).strict();
const divider = z.object({ type: z.literal('divider'), id: blockId }).strict();

const blockSchema = z.discriminatedUnion('type', [paragraph, heading, list, quote, divider]);

export const storySchema = z
  .object({ version: z.literal(1), blocks: z.array(blockSchema).min(1).max(2000) })
  .strict()
  .superRefine((story, ctx) => {
    const seen = new Set<string>();
    for (const block of story.blocks) {
      for (const id of block.type === 'quote' ? [block.id, ...block.paragraphs.map((p) => p.id)] : [block.id]) {
        if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `block id ${id} is used twice` });
        seen.add(id);
      }
    }
  });

export type Story = z.infer<typeof storySchema>;
export type StoryBlock = z.infer<typeof blockSchema>;
export type Inline = z.infer<typeof inlineSchema>;
export type ParagraphBlock = z.infer<typeof paragraph>;

function inlineText(content: Inline[]): string {
  return content.map((node) => (node.type === 'text' ? node.text : node.type === 'break' ? '\n' : inlineText(node.children))).join('');
}

function blockText(block: StoryBlock): string {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return inlineText(block.content);
    case 'list':
      return block.items.map(inlineText).join('\n');
    case 'quote':
      return block.paragraphs.map((p) => inlineText(p.content)).join('\n');
    default:
      return '';
  }
}

/** The story's plain text, as search indexed it. */
export function storyText(story: Story): string {
  return story.blocks
    .map(blockText)
    .filter((text) => text.trim())
    .join('\n\n');
}
