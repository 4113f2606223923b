import { parseEmbedUrl } from '../story/embeds';
import { storyFromMarkdown } from '../story/from-markdown';
import { randomId } from '../story/ids';
import { blockIds, storySchema, type Story, type StoryBlock } from '../story/schema';
import { inlineText } from '../story/text';

// What a live update's composer holds becomes a story document, as the article's body is: its
// paragraphs as Markdown (links, bold, quotes, lists), and a link to a post on X, Instagram,
// TikTok or a YouTube video on a line of its own becomes that embed (click-to-load, as in a
// story), as pasting one does in Ghost or WordPress.

export function storyFromComposer(text: string, pictures: StoryBlock[] = []): Story {
  // A link on its own line is made a paragraph of its own, so it can be told apart below.
  const spaced = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => (parseEmbedUrl(line.trim()) && /^\s*https:\/\/\S+\s*$/.test(line) ? `\n${line.trim()}\n` : line))
    .join('\n');
  const story = storyFromMarkdown(spaced);
  const taken = new Set(blockIds(story));
  const blocks = story.blocks.map((block): StoryBlock => {
    if (block.type !== 'paragraph') return block;
    const url = inlineText(block.content).trim();
    const embed = /^https:\/\/\S+$/.test(url) ? parseEmbedUrl(url) : null;
    if (!embed) return block;
    const id = randomId('b', taken);
    taken.add(id);
    return { type: 'embed', id, provider: embed.provider, url };
  });
  return storySchema.parse({ ...story, blocks: [...blocks, ...pictures] });
}
