import { describe, expect, it } from 'vitest';
import { storyFromComposer } from './composer-story';

describe('storyFromComposer', () => {
  it('keeps paragraphs and Markdown, and turns a post link on its own line into its embed', () => {
    const story = storyFromComposer(
      'Rescuers reached the **third** floor at 14:05.\nhttps://x.com/bnpb_indonesia/status/1866123456789012345\nMore as we have it, see [the map](https://example.org/map).\n\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ',
    );
    expect(story.blocks.map((b) => b.type)).toEqual(['paragraph', 'embed', 'paragraph', 'embed']);
    expect(story.blocks[1]).toMatchObject({ provider: 'x', url: 'https://x.com/bnpb_indonesia/status/1866123456789012345' });
    expect(story.blocks[3]).toMatchObject({ provider: 'youtube' });
    expect(new Set(story.blocks.map((b) => b.id)).size).toBe(4);
  });

  it('leaves a link inside a sentence, or to a site with no embed, as a link', () => {
    const story = storyFromComposer('Watch https://www.youtube.com/watch?v=dQw4w9WgXcQ now.\n\nhttps://example.org/report');
    expect(story.blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
  });
});
