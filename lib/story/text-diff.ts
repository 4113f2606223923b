import { wordDiff } from 'diff';
import { commonPairs, internKeys } from './sequence-match';

// What a revision changed, for the article's history. The history compares 30 pairs of whole
// revisions when it is drawn, each up to the story limits, so each comparison has a fixed
// allowance of work: changes are shown word by word within it, and past it passage by passage,
// shortened and marked coarse. A larger or stranger edit gives a coarser answer, never a slower one.

export interface TextChange {
  kind: 'same' | 'added' | 'removed';
  text: string;
  /** A passage too changed to compare word by word within the allowance: shown whole, shortened. */
  coarse?: true;
}

/** Lines matched per comparison (~10 ms), more than the largest story's blocks make; past them, the text is one passage. */
const maxLines = 50_000;
/** Table cells for matching changed lines exactly (~2 ms); past them, lines are matched by unique text. */
const lineSteps = 300_000;
/** Characters compared word by word, and comparisons of two words made (each a step of diff's search): ~15 ms. */
const wordCharacters = 30_000;
const wordSteps = 50_000;
/** Past this many changed passages, the rest of the text is one coarse passage: the page stays short. */
const maxPassages = 100;

const context = 12;
/** Characters looked at either end of a long stretch: a dozen words, however long the stretch. */
const window = 2_000;

interface Allowance {
  characters: number;
  steps: number;
}

/** Keeps a few words either side of a change; long unchanged stretches become "…". */
function shorten(text: string, keepStart: boolean, keepEnd: boolean): string {
  const start = text.slice(0, window).split(/(\s+)/);
  if (text.length <= window && start.length <= context * 4) return text;
  const head = keepStart ? start.slice(0, context * 2).join('') : '';
  const tail = keepEnd
    ? text
        .slice(-window)
        .split(/(\s+)/)
        .slice(-context * 2)
        .join('')
    : '';
  return `${head} … ${tail}`;
}

const isSpace = (char: string | undefined) => char !== undefined && /\s/.test(char);
const isNewline = (char: string | undefined) => char === '\n';

/** Lengths of the start and end both texts share, cut where `isBoundary` allows (after it at the start, before it at the end). */
function commonEnds(
  a: string,
  b: string,
  isBoundary: (char: string | undefined) => boolean,
): [number, number] {
  const most = Math.min(a.length, b.length);
  let start = 0;
  while (start < most && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  while (start > 0 && !isBoundary(a[start - 1])) start--;
  let end = 0;
  while (
    end < most - start &&
    a.charCodeAt(a.length - 1 - end) === b.charCodeAt(b.length - 1 - end)
  )
    end++;
  while (end > 0 && !isBoundary(a[a.length - end])) end--;
  return [start, end];
}

const outOfSteps = new Error('out of steps');

/** diff's word diff, but each comparison of two words is paid for from the allowance, and it gives up when that runs out. */
function wordsWithin(before: string, after: string, allowance: Allowance) {
  const characters = before.length + after.length;
  if (characters > allowance.characters) return undefined;
  allowance.characters -= characters;
  const counted: typeof wordDiff = Object.create(wordDiff);
  counted.equals = (left, right, options) => {
    if (--allowance.steps < 0) throw outOfSteps;
    return wordDiff.equals(left, right, options);
  };
  try {
    return counted.diff(before, after);
  } catch (error) {
    if (error === outOfSteps) return undefined;
    throw error;
  }
}

const asChange = (part: { value: string; added: boolean; removed: boolean }): TextChange => ({
  kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
  text: part.value,
});

/** A changed passage word by word if the allowance covers it, else whole and coarse. */
function comparePassage(a: string, b: string, allowance: Allowance, changes: TextChange[]) {
  const [start, end] = commonEnds(a, b, isSpace);
  const before = a.slice(start, a.length - end);
  const after = b.slice(start, b.length - end);
  const words = wordsWithin(before, after, allowance);
  changes.push(
    { kind: 'same', text: a.slice(0, start) },
    ...(words?.map(asChange) ?? [
      { kind: 'removed', text: before, coarse: true },
      { kind: 'added', text: after, coarse: true },
    ]),
    { kind: 'same', text: a.slice(a.length - end) },
  );
}

/** Whether `text` has more than `most` line breaks, looking no further than that. */
function hasMoreLines(text: string, most: number): boolean {
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1))
    if (--most < 0) return true;
  return false;
}

/** Unchanged lines matched in order; the passages between them compared word by word, while the allowance lasts. */
function compareLines(a: string, b: string, changes: TextChange[]) {
  const allowance = { characters: wordCharacters, steps: wordSteps };
  // Changes within a few pages are compared word by word at once, which follows a sentence into
  // another paragraph; half the allowance is risked on it, the rest kept for going line by line.
  if (a.length + b.length <= wordCharacters) {
    const words = wordsWithin(a, b, { characters: wordCharacters, steps: wordSteps / 2 });
    if (words) return void changes.push(...words.map(asChange));
    allowance.steps = wordSteps / 2;
  }
  if (hasMoreLines(a, maxLines / 2) || hasMoreLines(b, maxLines / 2))
    return comparePassage(a, b, allowance, changes);
  const oldLines = a.split('\n');
  const newLines = b.split('\n');
  const [oldKeys, newKeys] = internKeys(oldLines, newLines);
  const anchors = [
    ...commonPairs(oldKeys!, newKeys!, { steps: lineSteps }),
    [oldLines.length, newLines.length] as const,
  ];
  const oldStarts = lineStarts(oldLines);
  const newStarts = lineStarts(newLines);
  let passages = 0;
  let oldAt = 0;
  let newAt = 0;
  for (const [i, j] of anchors) {
    const oldPassage = a.slice(oldAt, oldStarts[i] ?? a.length);
    const newPassage = b.slice(newAt, newStarts[j] ?? b.length);
    if (oldPassage === newPassage) changes.push({ kind: 'same', text: newPassage });
    else if (++passages > maxPassages)
      return comparePassage(a.slice(oldAt), b.slice(newAt), { characters: 0, steps: 0 }, changes);
    else comparePassage(oldPassage, newPassage, allowance, changes);
    if (j === newLines.length) break;
    changes.push({ kind: 'same', text: newLines[j]! });
    oldAt = oldStarts[i]! + oldLines[i]!.length;
    newAt = newStarts[j]! + newLines[j]!.length;
  }
}

function lineStarts(lines: string[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.length + 1;
  }
  return starts;
}

/** Adjacent unchanged stretches joined and cut short; coarse passages cut short too. */
function tidy(changes: TextChange[]): TextChange[] {
  const joined: TextChange[] = [];
  for (const change of changes) {
    const last = joined.at(-1);
    if (!change.text) continue;
    if (last?.kind === 'same' && change.kind === 'same') last.text += change.text;
    else joined.push({ ...change });
  }
  return joined.map((change, i) => {
    if (change.kind === 'same')
      return { kind: 'same', text: shorten(change.text, i > 0, i < joined.length - 1) };
    return change.coarse ? { ...change, text: shorten(change.text, true, true) } : change;
  });
}

/** What changed from one text to the next, word by word where affordable, with unchanged stretches cut short. */
export function describeTextChanges(before: string, after: string): TextChange[] {
  if (before === after) return tidy([{ kind: 'same', text: after }]);
  // The usual revision changes a few lines: the lines before and after them cost one pass.
  const [start, end] = commonEnds(before, after, isNewline);
  const changes: TextChange[] = [{ kind: 'same', text: before.slice(0, start) }];
  compareLines(
    before.slice(start, before.length - end),
    after.slice(start, after.length - end),
    changes,
  );
  changes.push({ kind: 'same', text: before.slice(before.length - end) });
  return tidy(changes);
}
