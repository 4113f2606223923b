// Which items two versions of a list share, in order: for keeping block ids across a save and
// for comparing revisions line by line. The exact answer (a longest common subsequence) costs
// time and memory in proportion to the product of the two lengths, so it is only computed where
// that product fits a budget. Past it, items found exactly once in both versions anchor the
// match ("patience diff"), and the stretches between anchors are matched the same way while the
// budget lasts. What is left unmatched, the caller treats coarsely. No story, however large,
// costs more than the budget plus a few passes over its items.

export type Pair = readonly [number, number];
/** Two stretches, a[a0..a1) and b[b0..b1). */
type Range = [a0: number, a1: number, b0: number, b1: number];

/** A number for each distinct key, the same across the lists, so long keys are hashed once and compared as numbers. */
export function internKeys(...lists: readonly (readonly string[])[]): number[][] {
  const numbers = new Map<string, number>();
  return lists.map((list) =>
    list.map((key) => {
      let n = numbers.get(key);
      if (n === undefined) numbers.set(key, (n = numbers.size));
      return n;
    }),
  );
}

/**
 * Positions [i, j] with a[i] === b[j], increasing in both: the longest such list where the
 * budget allows, a good one elsewhere. Spends `budget.steps` (about one per table cell or item).
 */
export function commonPairs(
  a: readonly number[],
  b: readonly number[],
  budget: { steps: number },
): Pair[] {
  const pairs: Pair[] = [];
  const ranges: Range[] = [[0, a.length, 0, b.length]];
  let keys = 0;
  for (const key of a) keys = Math.max(keys, key + 1);
  for (const key of b) keys = Math.max(keys, key + 1);
  let scratch: [Int32Array, Int32Array] | undefined;
  for (let range = ranges.pop(); range; range = ranges.pop()) {
    let [a0, a1, b0, b1] = range;
    // The usual edit touches a few items: what comes before and after it is matched for free.
    while (a0 < a1 && b0 < b1 && a[a0] === b[b0]) pairs.push([a0++, b0++]);
    while (a0 < a1 && b0 < b1 && a[a1 - 1] === b[b1 - 1]) pairs.push([--a1, --b1]);
    const cells = (a1 - a0) * (b1 - b0);
    if (cells === 0) continue;
    if (cells <= budget.steps) {
      budget.steps -= cells;
      longestCommon(a, b, a0, a1, b0, b1, pairs);
      continue;
    }
    const items = a1 - a0 + (b1 - b0);
    if (items > budget.steps) continue;
    budget.steps -= items;
    scratch ??= [new Int32Array(keys).fill(-1), new Int32Array(keys).fill(-1)];
    const anchors = uniqueAnchors(a, b, [a0, a1, b0, b1], ...scratch);
    if (anchors.length === 0) continue;
    let i = a0;
    let j = b0;
    for (const [ai, bj] of anchors) {
      pairs.push([ai, bj]);
      ranges.push([i, ai, j, bj]);
      i = ai + 1;
      j = bj + 1;
    }
    ranges.push([i, a1, j, b1]);
  }
  // Ranges are disjoint and ordered, so sorting by one side orders the other too.
  return pairs.sort((x, y) => x[0] - y[0]);
}

/** The exact longest common subsequence of a[a0..a1) and b[b0..b1), appended to `pairs`. */
function longestCommon(
  a: readonly number[],
  b: readonly number[],
  a0: number,
  a1: number,
  b0: number,
  b1: number,
  pairs: Pair[],
) {
  const n = a1 - a0;
  const m = b1 - b0;
  const width = m + 1;
  // A length never exceeds the shorter side, which is at most the square root of the budget.
  const lengths =
    Math.min(n, m) < 0xffff ? new Uint16Array((n + 1) * width) : new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const at = i * width + j;
      lengths[at] =
        a[a0 + i] === b[b0 + j]
          ? lengths[at + width + 1]! + 1
          : Math.max(lengths[at + width]!, lengths[at + 1]!);
    }
  }
  for (let i = 0, j = 0; i < n && j < m;) {
    if (a[a0 + i] === b[b0 + j]) pairs.push([a0 + i++, b0 + j++]);
    else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) i++;
    else j++;
  }
}

/**
 * Items found once in each range, matched where they stay in order (a longest increasing run),
 * in n log n. `inA` and `inB`, indexed by key and all -1, are scratch space left as they were found.
 */
function uniqueAnchors(
  a: readonly number[],
  b: readonly number[],
  [a0, a1, b0, b1]: Range,
  inA: Int32Array,
  inB: Int32Array,
): Pair[] {
  const repeated = -2;
  for (let i = a0; i < a1; i++) inA[a[i]!] = inA[a[i]!] === -1 ? i : repeated;
  for (let j = b0; j < b1; j++) inB[b[j]!] = inB[b[j]!] === -1 ? j : repeated;
  const oldAt: number[] = [];
  const newAt: number[] = [];
  for (let j = b0; j < b1; j++) {
    const i = inA[b[j]!]!;
    if (i >= 0 && inB[b[j]!] === j) {
      oldAt.push(i);
      newAt.push(j);
    }
  }
  for (let i = a0; i < a1; i++) inA[a[i]!] = -1;
  for (let j = b0; j < b1; j++) inB[b[j]!] = -1;
  // Patience sorting: tails[k] ends the best run of length k + 1 found so far.
  const tails: number[] = [];
  const previous = new Int32Array(oldAt.length);
  oldAt.forEach((i, c) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (oldAt[tails[mid]!]! < i) low = mid + 1;
      else high = mid;
    }
    previous[c] = low > 0 ? tails[low - 1]! : -1;
    tails[low] = c;
  });
  const run: Pair[] = [];
  for (let c = tails.at(-1) ?? -1; c >= 0; c = previous[c]!) run.push([oldAt[c]!, newAt[c]!]);
  return run.reverse();
}
