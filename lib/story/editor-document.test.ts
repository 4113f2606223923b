import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentArticles } from '../newsroom/content';
import { editorDocToStory, storyToEditorDoc } from './editor-document';
import { storyFromMarkdown } from './from-markdown';
import { storySchema } from './schema';

describe('the editor document', () => {
  it('gives back the same story for every sample article', () => {
    for (const article of loadContentArticles(path.resolve('content'))) {
      const story = storyFromMarkdown(article.body);
      expect(editorDocToStory(storyToEditorDoc(story)), article.slug).toEqual(story);
    }
  });

  it('carries blocks the editor has no nodes for whole, and keeps their ids out of the way', () => {
    const story = storySchema.parse({
      version: 1,
      blocks: [
        { type: 'embed', id: 'p-1', provider: 'youtube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' },
        { type: 'paragraph', id: 'p-2', content: [{ type: 'text', text: 'After.' }] },
      ],
    });
    const back = editorDocToStory(storyToEditorDoc(story));
    expect(back.blocks[0]).toEqual(story.blocks[0]);
    expect(back.blocks[1]!.id).not.toBe('p-1');
  });

  it('drops empty paragraphs and links the story does not allow, and joins runs under one link', () => {
    const story = editorDocToStory({
      type: 'doc',
      content: [
        { type: 'paragraph' },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Bad', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
            { type: 'text', text: ' and ' },
            { type: 'text', text: 'good', marks: [{ type: 'bold' }, { type: 'link', attrs: { href: 'https://example.org' } }] },
            { type: 'text', text: ' link', marks: [{ type: 'link', attrs: { href: 'https://example.org' } }] },
          ],
        },
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Top' }] },
      ],
    });
    expect(story.blocks).toEqual([
      {
        type: 'paragraph',
        id: 'p-1',
        content: [
          { type: 'text', text: 'Bad' },
          { type: 'text', text: ' and ' },
          { type: 'link', href: 'https://example.org', children: [{ type: 'text', text: 'good', bold: true }, { type: 'text', text: ' link' }] },
        ],
      },
      { type: 'heading', id: 'b-1', level: 2, content: [{ type: 'text', text: 'Top' }] },
    ]);
  });
});
