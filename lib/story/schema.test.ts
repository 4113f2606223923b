import { describe, expect, it } from 'vitest';
import { storyOfLongParagraphs, storyOfSmallBlocks } from './largest-stories';
import { storySchema } from './schema';
import { readingStats } from './text';

const paragraph = (id: string, text: string) => ({ type: 'paragraph', id, content: [{ type: 'text', text }] });

describe('storySchema', () => {
  it('accepts every kind of block', () => {
    const story = {
      version: 1,
      blocks: [
        paragraph('p-1', 'Text.'),
        { type: 'heading', id: 'b-1', level: 2, content: [{ type: 'text', text: 'Sub' }] },
        { type: 'list', id: 'b-2', ordered: false, items: [[{ type: 'text', text: 'one' }]] },
        { type: 'quote', id: 'b-3', paragraphs: [paragraph('p-2', 'Said.')] },
        { type: 'pullQuote', id: 'b-4', text: 'A line.', attribution: 'Someone' },
        { type: 'image', id: 'b-5', src: '/media/a.webp', width: 1600, height: 900, alt: 'A boat', caption: 'A boat.', credit: 'Dateline' },
        { type: 'readAlso', id: 'b-6', articleId: 3 },
        { type: 'embed', id: 'b-7', provider: 'youtube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' },
        { type: 'factBox', id: 'b-8', title: 'Key facts', paragraphs: [paragraph('p-3', 'A fact.')] },
        { type: 'divider', id: 'b-9' },
      ],
    };
    expect(storySchema.parse(story)).toEqual(story);
  });

  it.each([
    ['a javascript: link', { type: 'paragraph', id: 'p-1', content: [{ type: 'link', href: 'javascript:alert(1)', children: [{ type: 'text', text: 'x' }] }] }],
    ['an image without alt text', { type: 'image', id: 'b-1', src: '/media/a.webp', width: 10, height: 10, alt: ' ' }],
    ['an image from another site', { type: 'image', id: 'b-1', src: 'https://evil.example/a.png', width: 10, height: 10, alt: 'A' }],
    ['an embed over plain http', { type: 'embed', id: 'b-1', provider: 'youtube', url: 'http://youtube.com/watch?v=dQw4w9WgXcQ' }],
    ['markup smuggled as a block', { type: 'html', id: 'b-1', html: '<script>alert(1)</script>' }],
    ['an unknown mark', { type: 'paragraph', id: 'p-1', content: [{ type: 'text', text: 'x', style: 'color:red' }] }],
  ])('refuses %s', (_, block) => {
    expect(storySchema.safeParse({ version: 1, blocks: [block] }).success).toBe(false);
  });

  it('refuses two blocks with one id, and a version it does not know', () => {
    expect(storySchema.safeParse({ version: 1, blocks: [paragraph('p-1', 'a'), paragraph('p-1', 'b')] }).success).toBe(false);
    expect(storySchema.safeParse({ version: 2, blocks: [paragraph('p-1', 'a')] }).success).toBe(false);
  });
});

describe('storySchema limits', () => {
  const messages = (story: unknown) => storySchema.safeParse(story).error?.issues.map((issue) => issue.message) ?? [];

  it('accepts the largest stories the limits allow', () => {
    expect(messages(storyOfSmallBlocks(1))).toEqual([]);
    expect(messages(storyOfLongParagraphs(1))).toEqual([]);
  });

  it('refuses a story of more than a million characters, saying so', () => {
    const story = storyOfLongParagraphs(1);
    story.blocks.push({ type: 'paragraph', id: 'p-extra', content: [{ type: 'text', text: 'One paragraph too many.' }] });
    expect(messages(story)).toEqual([
      'The story is too long to save: 1,000,016 characters, where 1,000,000 is the most. Split it into several articles.',
    ]);
  });

  it('refuses a story of more than 20,000 parts, saying so', () => {
    const runs = Array.from({ length: 2000 }, (_, i) => ({ type: 'text', text: 'x', ...(i % 2 ? { bold: true } : {}) }));
    const story = { version: 1, blocks: Array.from({ length: 10 }, (_, i) => ({ type: 'paragraph', id: `p-${i}`, content: runs })) };
    expect(messages(story)).toEqual([
      'The story has too many parts to save: 20,010 paragraphs, list items, links, line breaks and runs of bold or italic text, where 20,000 is the most. Split it into several articles.',
    ]);
  });
});

describe('readingStats', () => {
  it('counts words in every language and gives at least a minute', () => {
    const story = storySchema.parse({ version: 1, blocks: [paragraph('p-1', 'Banjir rob merendam Jakarta — warga’s homes, again. 2026')] });
    expect(readingStats(story)).toEqual({ words: 8, minutes: 1 });
  });
});
