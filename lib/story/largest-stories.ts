import { storyLimits, storyVersion, type Story } from './schema';

// The largest stories the limits allow, in the shapes that cost the most: thousands of small
// distinct blocks (id keeping and line matching scale with their number), and a few paragraphs
// as long as a text may be (word diffs scale with their length). For the tests and
// scripts/bench/story-cost.ts; `seed` makes unrelated versions of the same shape.

/** Pseudo-random words, the same for the same seed; of six letters, or of one letter out of two. */
function wordsFrom(seed: number, short = false): (characters: number) => string {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  return (characters) => {
    let text = '';
    while (text.length < characters)
      text += `${text ? ' ' : ''}${short ? (next() < 0.5 ? 'a' : 'b') : Math.floor(next() * 36 ** 6).toString(36)}`;
    return text.slice(0, characters).trimEnd() || 'x';
  };
}

/** 2,000 quotes sharing 9,000 short paragraphs: 11,000 blocks to keep ids of, 20,000 pieces, ~1,000,000 characters. */
export function storyOfSmallBlocks(seed: number): Story {
  const quotes = 2000;
  const paragraphs = Math.floor((storyLimits.pieces - quotes) / 2);
  const words = wordsFrom(seed);
  const length = Math.floor(storyLimits.characters / paragraphs);
  const share = (q: number) => Math.floor((q * paragraphs) / quotes);
  return {
    version: storyVersion,
    blocks: Array.from({ length: quotes }, (_, q) => ({
      type: 'quote' as const,
      id: `b-${q}`,
      paragraphs: Array.from({ length: share(q + 1) - share(q) }, (_, p) => ({
        type: 'paragraph' as const,
        id: `p-${q}x${p}`,
        content: [{ type: 'text' as const, text: words(length) }],
      })),
    })),
  };
}

/**
 * 50 paragraphs of 20,000 characters, the longest a run of text may be: 1,000,000 characters.
 * With `shortWords`, words of one letter out of two: the most words to compare, and the most alike.
 */
export function storyOfLongParagraphs(seed: number, shortWords = false): Story {
  const words = wordsFrom(seed, shortWords);
  return {
    version: storyVersion,
    blocks: Array.from({ length: storyLimits.characters / 20_000 }, (_, i) => ({
      type: 'paragraph' as const,
      id: `p-${i}`,
      content: [{ type: 'text' as const, text: words(20_000) }],
    })),
  };
}
