import { describe, expect, it } from 'vitest';
import { storyFromMarkdown } from './from-markdown';
import { keepBlockIds } from './keep-ids';
import { blockIds, storySchema, type Story } from './schema';
import { blockText } from './text';

const idOf = (story: Story, text: string) => story.blocks.find((b) => blockText(b) === text)?.id;

describe('keepBlockIds', () => {
  const stored = storyFromMarkdown('First.\n\nSecond.\n\n## Heading\n\nThird.');

  it('keeps every paragraph id when a paragraph is inserted above them', () => {
    const saved = keepBlockIds(stored, storyFromMarkdown('New lead.\n\nFirst.\n\nSecond.\n\n## Heading\n\nThird.'));
    expect(idOf(saved, 'First.')).toBe('p-1');
    expect(idOf(saved, 'Second.')).toBe('p-2');
    expect(idOf(saved, 'Third.')).toBe('p-3');
    expect(idOf(saved, 'Heading')).toBe(idOf(stored, 'Heading'));
    // The new paragraph takes an id no stored block had: p-1 is First's for good.
    expect(['p-1', 'p-2', 'p-3', 'p-4']).not.toContain(idOf(saved, 'New lead.'));
    expect(storySchema.safeParse(saved).success).toBe(true);
  });

  it('keeps the id of a paragraph edited in place, and of those after a removed one', () => {
    const saved = keepBlockIds(stored, storyFromMarkdown('First, rewritten.\n\n## Heading\n\nThird.'));
    expect(idOf(saved, 'First, rewritten.')).toBe('p-1');
    expect(idOf(saved, 'Third.')).toBe('p-3');
    expect(blockIds(saved)).not.toContain('p-2');
  });

  it('follows a paragraph moved elsewhere in the story', () => {
    const saved = keepBlockIds(stored, storyFromMarkdown('Second.\n\nFirst.\n\n## Heading\n\nThird.'));
    expect(new Set([idOf(saved, 'First.'), idOf(saved, 'Second.')])).toContain('p-2');
    expect(idOf(saved, 'Third.')).toBe('p-3');
    expect(new Set(blockIds(saved)).size).toBe(blockIds(saved).length);
  });

  it('keeps the anchors of quoted paragraphs', () => {
    const quoted = storyFromMarkdown('Lead.\n\n> Quoted words.\n\nAfter.');
    const saved = keepBlockIds(quoted, storyFromMarkdown('Lead.\n\nInserted.\n\n> Quoted words.\n\nAfter.'));
    const quote = saved.blocks.find((b) => b.type === 'quote');
    expect(quote?.type === 'quote' && quote.paragraphs[0]!.id).toBe('p-2');
    expect(idOf(saved, 'After.')).toBe('p-3');
  });
});
