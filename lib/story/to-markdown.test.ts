import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentArticles } from '../newsroom/content';
import { storyFromMarkdown } from './from-markdown';
import { storySchema } from './schema';
import { storyToMarkdown } from './to-markdown';

describe('storyToMarkdown', () => {
  it('gives back the same document for every sample article', () => {
    for (const article of loadContentArticles(path.resolve('content'))) {
      const story = storyFromMarkdown(article.body);
      expect(storyFromMarkdown(storyToMarkdown(story)), article.slug).toEqual(story);
    }
  });

  it('escapes text that Markdown would read as syntax', () => {
    const story = storyFromMarkdown('Prices rose 5\\*2 \\[sic\\] \\<b\\> and \\_under\\_.\n\n1\\. Not a list.\n\n\\# Not a heading.\n\n\\- Not a bullet.');
    const again = storyFromMarkdown(storyToMarkdown(story));
    expect(again).toEqual(story);
    expect(again.blocks.every((b) => b.type === 'paragraph')).toBe(true);
  });

  it('keeps marks, links and line breaks', () => {
    const story = storyFromMarkdown('A **bold** and _italic_ [link](https://example.org/a?b=1) line  \nbroken.');
    expect(storyFromMarkdown(storyToMarkdown(story))).toEqual(story);
  });

  const withCards = storySchema.parse({
    version: 1,
    blocks: [
      { type: 'paragraph', id: 'p-1', content: [{ type: 'text', text: 'Lead.' }] },
      { type: 'image', id: 'b-1', src: '/media/a.webp', width: 1600, height: 900, alt: 'A boat -- at dawn', caption: 'Dawn.' },
      { type: 'embed', id: 'b-2', provider: 'youtube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' },
      { type: 'readAlso', id: 'b-3', articleId: 7 },
      { type: 'factBox', id: 'b-4', title: 'Facts', paragraphs: [{ type: 'paragraph', id: 'p-2', content: [{ type: 'text', text: 'One.' }] }] },
      { type: 'pullQuote', id: 'b-5', text: 'A line.' },
      { type: 'paragraph', id: 'p-3', content: [{ type: 'text', text: 'End.' }] },
    ],
  });

  it('keeps pictures, cards, embeds, fact boxes and pull quotes through the Markdown field', () => {
    const markdown = storyToMarkdown(withCards);
    expect(markdown).toContain('<!-- image b-1: A boat - at dawn -->');
    expect(storyFromMarkdown(markdown, withCards).blocks.map((b) => b.type)).toEqual(withCards.blocks.map((b) => b.type));
    expect(storyFromMarkdown(markdown, withCards).blocks[1]).toEqual(withCards.blocks[1]);
  });

  it('lets the editor move or delete a kept block, and never invents one', () => {
    const moved = storyToMarkdown(withCards).replace('<!-- embed b-2: https://www.youtube.com/watch?v=dQw4w9WgXcQ -->\n\n', '') + '\n\n<!-- embed b-2 -->\n\n<!-- image b-99: not ours -->';
    const blocks = storyFromMarkdown(moved, withCards).blocks;
    expect(blocks.at(-1)).toEqual(withCards.blocks[2]);
    expect(blocks.filter((b) => b.type === 'embed')).toHaveLength(1);
    expect(blocks.find((b) => b.id === 'b-99')).toBeUndefined();
    expect(storyFromMarkdown(storyToMarkdown(withCards)).blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
  });
});
