import { describe, expect, it } from 'vitest';
import { storyOfLongParagraphs, storyOfSmallBlocks } from './largest-stories';
import { storyText } from './text';
import { describeTextChanges, type TextChange } from './text-diff';

describe('describeTextChanges', () => {
  it('names the words added and removed', () => {
    expect(describeTextChanges('The ferry left at noon.', 'The ferry left at dawn.')).toEqual([
      { kind: 'same', text: 'The ferry left at ' },
      { kind: 'removed', text: 'noon' },
      { kind: 'added', text: 'dawn' },
      { kind: 'same', text: '.' },
    ]);
  });

  it('cuts long unchanged stretches short, keeping the words next to a change', () => {
    const long = Array.from({ length: 200 }, (_, i) => `w${i}`).join(' ');
    const [same, added] = describeTextChanges(long, `${long} new`);
    expect(same!.text.length).toBeLessThan(long.length / 2);
    expect(same!.text).toContain('…');
    expect(same!.text.trimEnd().endsWith('w199')).toBe(true);
    expect(added).toEqual({ kind: 'added', text: 'new' });
  });

  it('says nothing changed when nothing did', () => {
    expect(describeTextChanges('Same.', 'Same.').every((c) => c.kind === 'same')).toBe(true);
  });

  it('shows edits in several paragraphs word by word, and whole paragraphs added or removed', () => {
    const before = 'The ferry left at noon.\n\nIt carried forty passengers.\n\nThe harbour closed.';
    const after =
      'The ferry left at dawn.\n\nA lorry was aboard.\n\nIt carried forty-two passengers.';
    const changes = describeTextChanges(before, after);
    expect(changes.some((c) => c.coarse)).toBe(false);
    expect(changes.filter((c) => c.kind === 'removed').map((c) => c.text.trim())).toEqual([
      'noon',
      'The harbour closed.',
    ]);
    expect(changes.filter((c) => c.kind === 'added').map((c) => c.text.trim())).toEqual([
      'dawn',
      'A lorry was aboard.',
      '-two',
    ]);
  });
});

const revisionText = (text: string) => `Headline\n\nSummary.\n\n${text}`;
const shown = (changes: TextChange[]) => changes.reduce((length, c) => length + c.text.length, 0);

/** The CPU time `work` takes, in milliseconds, user and system. */
function cpuMs(work: () => void): number {
  const started = process.cpuUsage();
  work();
  const { user, system } = process.cpuUsage(started);
  return (user + system) / 1000;
}

describe('describeTextChanges on the largest stories allowed', () => {
  const shapes = {
    'thousands of short paragraphs': [1, 2, 3].map((seed) =>
      revisionText(storyText(storyOfSmallBlocks(seed))),
    ),
    'paragraphs of 20,000 characters': [1, 2, 3].map((seed) =>
      revisionText(storyText(storyOfLongParagraphs(seed))),
    ),
    'words of one letter': [1, 2, 3].map((seed) =>
      revisionText(storyText(storyOfLongParagraphs(seed, true))),
    ),
  };

  it.each(Object.entries(shapes))(
    'draws a history of 30 unrelated revisions of %s within a second of CPU',
    (_, texts) => {
      const history: TextChange[][] = [];
      const ms = cpuMs(() => {
        for (let i = 0; i < 30; i++)
          history.push(describeTextChanges(texts[i % 3]!, texts[(i + 1) % 3]!));
      });
      expect(ms).toBeLessThan(1000);
      // Coarse, and short enough to draw: not two million characters per revision.
      for (const changes of history) {
        expect(changes.some((c) => c.coarse)).toBe(true);
        expect(shown(changes)).toBeLessThan(20_000);
      }
    },
  );

  it('still shows one edited paragraph word by word', () => {
    const [before] = shapes['thousands of short paragraphs'];
    const at = before!.indexOf('\n', before!.length / 2) + 1;
    const after = `${before!.slice(0, at)}Breaking: ${before!.slice(at)}`;
    const changes = describeTextChanges(before!, after);
    expect(changes.some((c) => c.coarse)).toBe(false);
    expect(changes.filter((c) => c.kind !== 'same')).toEqual([
      { kind: 'added', text: 'Breaking: ' },
    ]);
  });

  it('shows a paragraph rewritten past the allowance whole, shortened and marked coarse, and keeps its neighbours', () => {
    const [before, other] = shapes['paragraphs of 20,000 characters'];
    const paragraphs = before!.split('\n\n');
    paragraphs[5] = other!.split('\n\n')[5]!;
    const changes = describeTextChanges(before!, paragraphs.join('\n\n'));
    const changed = changes.filter((c) => c.kind !== 'same');
    expect(changed.map((c) => [c.kind, c.coarse])).toEqual([
      ['removed', true],
      ['added', true],
    ]);
    expect(changed.every((c) => c.text.includes(' … ') && c.text.length < 1000)).toBe(true);
  });

  it('shows the first hundred edits word by word when hundreds of paragraphs changed, and the rest as one coarse passage', () => {
    const [before] = shapes['thousands of short paragraphs'];
    const after = before!
      .split('\n')
      .map((line, i) => (i % 40 === 5 ? `Edited ${line}` : line))
      .join('\n');
    const changes = describeTextChanges(before!, after);
    expect(changes.filter((c) => c.kind === 'added' && !c.coarse)).toHaveLength(100);
    expect(changes.filter((c) => c.coarse).map((c) => c.kind)).toEqual(['removed', 'added']);
    expect(shown(changes)).toBeLessThan(20_000);
  });

  it('answers at once, coarsely, for half a million lines', () => {
    let changes: TextChange[] = [];
    expect(
      cpuMs(() => (changes = describeTextChanges('a\n'.repeat(500_000), 'b\n'.repeat(500_000)))),
    ).toBeLessThan(200);
    expect(changes.map((c) => [c.kind, c.coarse])).toEqual([
      ['removed', true],
      ['added', true],
      ['same', undefined],
    ]);
  });
});
