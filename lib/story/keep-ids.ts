import { randomId } from './ids';
import type { Story } from './schema';
import { blockText, inlineText } from './text';

// When a story is saved from a form that does not carry block ids (the Markdown field), each
// block takes the id of the block it continues in the stored version, so anchors and readers'
// reports on a paragraph follow it when paragraphs are added, removed or edited around it.

interface Unit {
  key: string;
  kind: string;
  setId(id: string): void;
  id: string;
}

/** Blocks and the paragraphs nested in quotes and fact boxes, in reading order. */
function unitsOf(story: Story): Unit[] {
  const units: Unit[] = [];
  for (const block of story.blocks) {
    units.push({ key: `${block.type}:${blockText(block)}`, kind: block.type, id: block.id, setId: (id) => (block.id = id) });
    if (block.type === 'quote' || block.type === 'factBox') {
      for (const p of block.paragraphs) {
        units.push({ key: `nested:${inlineText(p.content)}`, kind: 'nested', id: p.id, setId: (id) => (p.id = id) });
      }
    }
  }
  return units;
}

/** Pairs of positions of the longest common subsequence of two key lists. */
function commonPairs(a: string[], b: string[]): [number, number][] {
  const lengths = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/**
 * `next` with the ids of `previous` where a block is unchanged (matched in order) or edited in
 * place (an unmatched block of the same kind between the same unchanged neighbours); every other
 * block gets a new id no stored block has had.
 */
export function keepBlockIds(previous: Story, next: Story): Story {
  const result = structuredClone(next) as Story;
  const before = unitsOf(previous);
  const after = unitsOf(result);
  const taken = new Map<number, string>();
  const anchors = [...commonPairs(before.map((u) => u.key), after.map((u) => u.key)), [before.length, after.length] as [number, number]];
  let fromOld = 0;
  let fromNew = 0;
  for (const [oldAt, newAt] of anchors) {
    // Between two unchanged blocks: edited blocks, taken in order by kind.
    const oldRun = before.slice(fromOld, oldAt);
    for (let j = fromNew; j < newAt; j++) {
      const match = oldRun.findIndex((u) => u.kind === after[j]!.kind);
      if (match >= 0) taken.set(j, oldRun.splice(0, match + 1).at(-1)!.id);
    }
    if (newAt < after.length) taken.set(newAt, before[oldAt]!.id);
    fromOld = oldAt + 1;
    fromNew = newAt + 1;
  }
  const used = new Set([...before.map((u) => u.id), ...taken.values()]);
  after.forEach((unit, j) => {
    const id = taken.get(j) ?? randomId(unit.kind === 'paragraph' || unit.kind === 'nested' ? 'p' : 'b', used);
    used.add(id);
    unit.setId(id);
  });
  return result;
}
