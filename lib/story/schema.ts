import { z } from 'zod';

// A story body is a versioned document of blocks, validated on every save and on every read
// of stored JSON. Safe for the client: zod schemas and the types inferred from them.

export const storyVersion = 1;

/** Block ids are kept in the document, so a link or a reader's report on a paragraph follows it. */
export const blockIdPattern = /^[a-z]-[a-z0-9]{1,16}$/;
const blockId = z.string().regex(blockIdPattern, 'a block id is a letter, "-" and up to 16 letters or digits');

/** Links may only go to the web or to an e-mail address; anything else (javascript:, data:) is refused. */
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
  }, 'a link must start with https://, http://, mailto: or /');

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
  .object({
    type: z.literal('link'),
    href: linkHref,
    children: z.array(z.discriminatedUnion('type', [textNode, lineBreak])).min(1).max(200),
  })
  .strict();

export const inlineSchema = z.discriminatedUnion('type', [textNode, lineBreak, linkNode]);
const inlines = z.array(inlineSchema).min(1).max(2000);

const paragraph = z.object({ type: z.literal('paragraph'), id: blockId, content: inlines }).strict();
const heading = z.object({ type: z.literal('heading'), id: blockId, level: z.union([z.literal(2), z.literal(3)]), content: inlines }).strict();
const list = z
  .object({ type: z.literal('list'), id: blockId, ordered: z.boolean(), items: z.array(inlines).min(1).max(500) })
  .strict();
/** A quoted passage in the flow of the text; each of its paragraphs keeps an anchor. */
const quote = z.object({ type: z.literal('quote'), id: blockId, paragraphs: z.array(paragraph).min(1).max(50) }).strict();
/** A short line lifted out of the story and set large. */
const pullQuote = z
  .object({
    type: z.literal('pullQuote'),
    id: blockId,
    text: z.string().trim().min(1).max(400),
    attribution: z.string().trim().max(120).optional(),
  })
  .strict();
const image = z
  .object({
    type: z.literal('image'),
    id: blockId,
    src: z.string().regex(/^\/media\/[A-Za-z0-9._-]+$/, 'an image comes from the media library'),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    alt: z.string().trim().min(1, 'an image needs alt text').max(300),
    caption: z.string().trim().max(500).optional(),
    credit: z.string().trim().max(120).optional(),
  })
  .strict();
/** A "Read also" card: the article by id, so the link follows it when its address changes. */
const readAlso = z.object({ type: z.literal('readAlso'), id: blockId, articleId: z.number().int().positive() }).strict();
export const embedProviders = ['youtube', 'x', 'instagram', 'tiktok'] as const;
const embed = z
  .object({ type: z.literal('embed'), id: blockId, provider: z.enum(embedProviders), url: z.url({ protocol: /^https$/ }).max(500) })
  .strict();
const factBox = z
  .object({ type: z.literal('factBox'), id: blockId, title: z.string().trim().min(1).max(120), paragraphs: z.array(paragraph).min(1).max(20) })
  .strict();
const divider = z.object({ type: z.literal('divider'), id: blockId }).strict();

export const blockSchema = z.discriminatedUnion('type', [
  paragraph,
  heading,
  list,
  quote,
  pullQuote,
  image,
  readAlso,
  embed,
  factBox,
  divider,
]);

/**
 * Limits on a whole story, far beyond real journalism (a very long feature is ~100,000 characters
 * in a few hundred paragraphs), that bound what one save or one look at the history can cost.
 */
export const storyLimits = { characters: 1_000_000, pieces: 20_000 };

const count = new Intl.NumberFormat('en');

export const storySchema = z
  .object({ version: z.literal(storyVersion), blocks: z.array(blockSchema).min(1).max(2000) })
  .strict()
  .superRefine((story, ctx) => {
    const seen = new Set<string>();
    for (const id of blockIds(story)) {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `block id ${id} is used twice` });
      seen.add(id);
    }
    const { characters, pieces } = storySize(story);
    if (characters > storyLimits.characters) {
      ctx.addIssue({
        code: 'custom',
        message: `The story is too long to save: ${count.format(characters)} characters, where ${count.format(storyLimits.characters)} is the most. Split it into several articles.`,
      });
    }
    if (pieces > storyLimits.pieces) {
      ctx.addIssue({
        code: 'custom',
        message: `The story has too many parts to save: ${count.format(pieces)} paragraphs, list items, links, line breaks and runs of bold or italic text, where ${count.format(storyLimits.pieces)} is the most. Split it into several articles.`,
      });
    }
  });

export type Story = z.infer<typeof storySchema>;

/** A new article's story: one empty paragraph to write in. */
export const emptyStory: Story = { version: storyVersion, blocks: [{ type: 'paragraph', id: 'p-1', content: [{ type: 'text', text: ' ' }] }] };
export type StoryBlock = z.infer<typeof blockSchema>;
export type Inline = z.infer<typeof inlineSchema>;
export type ParagraphBlock = z.infer<typeof paragraph>;

/** Every id in the document, nested paragraphs included. */
export function blockIds(story: Pick<Story, 'blocks'>): string[] {
  return story.blocks.flatMap((block) =>
    block.type === 'quote' || block.type === 'factBox' ? [block.id, ...block.paragraphs.map((p) => p.id)] : [block.id],
  );
}

/**
 * What counts against `storyLimits`: every character written (a line break is one; link
 * addresses, captions and alt texts count too), and every piece the document is made of: block,
 * nested paragraph, list item, run of text, link, line break.
 */
export function storySize(story: Pick<Story, 'blocks'>): { characters: number; pieces: number } {
  const size = { characters: 0, pieces: story.blocks.length };
  const addInlines = (content: Inline[]) => {
    for (const node of content) {
      size.pieces++;
      if (node.type === 'text') size.characters += node.text.length;
      else if (node.type === 'break') size.characters++;
      else {
        size.characters += node.href.length;
        addInlines(node.children);
      }
    }
  };
  const addText = (...texts: (string | undefined)[]) => texts.forEach((text) => (size.characters += text?.length ?? 0));
  for (const block of story.blocks) {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        addInlines(block.content);
        break;
      case 'list':
        size.pieces += block.items.length;
        block.items.forEach(addInlines);
        break;
      case 'quote':
      case 'factBox':
        if (block.type === 'factBox') addText(block.title);
        size.pieces += block.paragraphs.length;
        block.paragraphs.forEach((p) => addInlines(p.content));
        break;
      case 'pullQuote':
        addText(block.text, block.attribution);
        break;
      case 'image':
        addText(block.src, block.alt, block.caption, block.credit);
        break;
      case 'embed':
        addText(block.url);
        break;
    }
  }
  return size;
}
