import { describe, expect, it } from 'vitest';
import { storyFromMarkdown } from './from-markdown';
import { keepBlockIds } from './keep-ids';
import { storyOfSmallBlocks } from './largest-stories';
import { blockIds, storySchema, type Story } from './schema';
import { blockText, inlineText } from './text';

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

/** The CPU time `work` takes, in milliseconds, user and system. */
function cpuMs(work: () => void): number {
  const started = process.cpuUsage();
  work();
  const { user, system } = process.cpuUsage(started);
  return (user + system) / 1000;
}

/** The story as the Markdown field would send it back: same text, ids numbered afresh. */
function renumbered(story: Story): Story {
  let n = 0;
  const fresh = () => `p-new${n++}`;
  return {
    ...story,
    blocks: story.blocks.map((block) =>
      block.type === 'quote' ? { ...block, id: `b-new${n++}`, paragraphs: block.paragraphs.map((p) => ({ ...p, id: fresh() })) } : { ...block, id: fresh() },
    ),
  };
}

describe('keepBlockIds on the largest story allowed', () => {
  const stored = storyOfSmallBlocks(1);

  it('takes well under a second of CPU against an unrelated version, and gives no id twice', () => {
    const unrelated = storyOfSmallBlocks(2);
    let saved: Story | undefined;
    expect(cpuMs(() => (saved = keepBlockIds(stored, unrelated)))).toBeLessThan(1000);
    expect(new Set(blockIds(saved!)).size).toBe(blockIds(saved!).length);
    expect(storySchema.safeParse(saved).success).toBe(true);
  });

  it('keeps every id around an inserted paragraph, and the id of a paragraph edited in place', () => {
    const next = renumbered(stored);
    const quote = next.blocks[1000]!;
    if (quote.type !== 'quote') throw new Error('the story is made of quotes');
    quote.paragraphs.splice(2, 0, { type: 'paragraph', id: 'p-inserted', content: [{ type: 'text', text: 'A new paragraph.' }] });
    next.blocks[1500] = { ...next.blocks[1500]!, id: 'b-edited' };
    const edited = next.blocks[1500]!;
    if (edited.type !== 'quote') throw new Error('the story is made of quotes');
    edited.paragraphs[0] = { ...edited.paragraphs[0]!, content: [{ type: 'text', text: 'Rewritten.' }] };

    const saved = keepBlockIds(stored, next);
    const ids = blockIds(saved);
    const storedIds = new Set(blockIds(stored));
    expect(ids.filter((id) => !storedIds.has(id))).toHaveLength(1);
    expect(ids.filter((id) => storedIds.has(id))).toHaveLength(storedIds.size);
    const kept = saved.blocks[1500];
    expect(kept?.id).toBe('b-1500');
    expect(kept?.type === 'quote' && kept.paragraphs[0]!.id).toBe('p-1500x0');
  });

  it('keeps the ids of unchanged and edited paragraphs when every other one is edited, past the exact match', () => {
    const next = renumbered(stored);
    next.blocks.forEach((block) => {
      if (block.type === 'quote') block.paragraphs.forEach((p, i) => i % 2 === 0 && (p.content = [{ type: 'text', text: `Edited ${inlineText(p.content)}` }]));
    });
    expect(blockIds(keepBlockIds(stored, next))).toEqual(blockIds(stored));
  });
});
