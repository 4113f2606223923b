import { randomId } from './ids';
import type { Story } from './schema';
import { commonPairs, internKeys } from './sequence-match';
import { blockText, inlineText } from './text';

// When a story is saved from a form that does not carry block ids (the Markdown field), each
// block takes the id of the block it continues in the stored version, so anchors and readers'
// reports on a paragraph follow it when paragraphs are added, removed or edited around it.

/**
 * Table cells the matching may spend on one save (~20 ms, 8 MB): an exact match for any edit
 * confined to 2,000 blocks, and a coarser one (by unique text, then by kind) past that.
 */
const matchSteps = 4_000_000;

interface Unit {
  key: string;
  kind: string;
  /** The block or nested paragraph that carries the id. */
  of: { id: string };
}

/** Blocks and the paragraphs nested in quotes and fact boxes, in reading order. */
function unitsOf(story: Story): Unit[] {
  const units: Unit[] = [];
  for (const block of story.blocks) {
    units.push({ key: `${block.type}:${blockText(block)}`, kind: block.type, of: block });
    if (block.type === 'quote' || block.type === 'factBox') {
      for (const p of block.paragraphs) units.push({ key: `nested:${inlineText(p.content)}`, kind: 'nested', of: p });
    }
  }
  return units;
}

/** The story with its blocks and nested paragraphs copied, to take new ids; their content is shared, never changed. */
function copyBlocks(story: Story): Story {
  return {
    ...story,
    blocks: story.blocks.map((block) =>
      block.type === 'quote' || block.type === 'factBox' ? { ...block, paragraphs: block.paragraphs.map((p) => ({ ...p })) } : { ...block },
    ),
  };
}

/**
 * Between two unchanged blocks, each new block takes the id of the next old block of its kind,
 * in order: an edited paragraph keeps its anchor. One pass, however long the stretch.
 */
function takeInOrderByKind(before: Unit[], [fromOld, toOld]: [number, number], after: Unit[], [fromNew, toNew]: [number, number], taken: Map<number, string>) {
  if (fromOld === toOld || fromNew === toNew) return;
  const byKind = new Map<string, { at: number[]; next: number }>();
  for (let i = fromOld; i < toOld; i++) {
    const kind = before[i]!.kind;
    const list = byKind.get(kind) ?? byKind.set(kind, { at: [], next: 0 }).get(kind)!;
    list.at.push(i);
  }
  let cursor = fromOld;
  for (let j = fromNew; j < toNew; j++) {
    const list = byKind.get(after[j]!.kind);
    if (!list) continue;
    while (list.next < list.at.length && list.at[list.next]! < cursor) list.next++;
    const i = list.at[list.next];
    if (i === undefined) continue;
    taken.set(j, before[i]!.of.id);
    cursor = i + 1;
  }
}

/**
 * `next` with the ids of `previous` where a block is unchanged (matched in order) or edited in
 * place (an unmatched block of the same kind between the same unchanged neighbours); every other
 * block gets a new id no stored block has had.
 */
export function keepBlockIds(previous: Story, next: Story): Story {
  const result = copyBlocks(next);
  const before = unitsOf(previous);
  const after = unitsOf(result);
  const [oldKeys, newKeys] = internKeys(
    before.map((u) => u.key),
    after.map((u) => u.key),
  );
  const taken = new Map<number, string>();
  const anchors = [...commonPairs(oldKeys!, newKeys!, { steps: matchSteps }), [before.length, after.length] as const];
  let fromOld = 0;
  let fromNew = 0;
  for (const [oldAt, newAt] of anchors) {
    takeInOrderByKind(before, [fromOld, oldAt], after, [fromNew, newAt], taken);
    if (newAt < after.length) taken.set(newAt, before[oldAt]!.of.id);
    fromOld = oldAt + 1;
    fromNew = newAt + 1;
  }
  const used = new Set([...before.map((u) => u.of.id), ...taken.values()]);
  after.forEach((unit, j) => {
    const id = taken.get(j) ?? randomId(unit.kind === 'paragraph' || unit.kind === 'nested' ? 'p' : 'b', used);
    used.add(id);
    unit.of.id = id;
  });
  return result;
}
