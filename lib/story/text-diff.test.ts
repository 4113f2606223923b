import { describe, expect, it } from 'vitest';
import { describeTextChanges } from './text-diff';

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
});
