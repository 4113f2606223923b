// Original filler text for the generated archive. Words are drawn with Zipf's law from a large
// vocabulary, as real text is, so a search term matches a share of the archive that stays about
// the same as it grows: a few common words are everywhere, most words are rare.

const base =
  `harbour council rainfall budget ferry market province minister teachers rice coffee tide
river bridge election fishermen port clinic village festival museum startup battery nickel
reef monsoon library railway district mayor farmers students weavers tunnel solar`.split(/\s+/);

const syllables =
  'ka ri mo tu se la pe no di ra wu ba ne si go ma ju te lo pa ha ki ru de so'.split(' ');

/** A deterministic generator of numbers in [0, 1). */
export function seeded(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** The base words, then made-up three-syllable words ("karimo"): 25³ + 36 = 15,661 words. */
export const vocabulary: string[] = [
  ...base,
  ...syllables.flatMap((a) => syllables.flatMap((b) => syllables.map((c) => `${a}${b}${c}`))),
];

/**
 * A draw of index 0…n-1 with probability ∝ 1/(index + 1 + flatten), by inverting the summed
 * weights; `flatten` keeps the first few from taking most draws (tags, bylines).
 */
export function zipf(n: number, flatten = 0): (next: () => number) => number {
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cumulative[i] = sum += 1 / (i + 1 + flatten);
  return (next) => {
    const target = next() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const pickWord = zipf(vocabulary.length);

export function sentence(next: () => number, length: number): string {
  const text = Array.from({ length }, () => vocabulary[pickWord(next)]).join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

/** Markdown of about 400–650 words in 8–13 paragraphs, the length of a news story. */
export function storyMarkdown(next: () => number, paragraphs: number): string {
  return Array.from({ length: paragraphs }, () =>
    Array.from({ length: 4 }, () => sentence(next, 9 + Math.floor(next() * 10))).join(' '),
  ).join('\n\n');
}
