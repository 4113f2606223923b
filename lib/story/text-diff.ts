import { diffWords } from 'diff';

export interface TextChange {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

const context = 12;

/** Keeps a few words either side of a change; long unchanged stretches become "…". */
function shorten(text: string, keepStart: boolean, keepEnd: boolean): string {
  const words = text.split(/(\s+)/);
  if (words.length <= context * 4) return text;
  const head = keepStart ? words.slice(0, context * 2).join('') : '';
  const tail = keepEnd ? words.slice(-context * 2).join('') : '';
  return `${head} … ${tail}`;
}

/** What changed from one text to the next, word by word, with unchanged stretches cut short. */
export function describeTextChanges(before: string, after: string): TextChange[] {
  const parts = diffWords(before, after);
  return parts.map((part, i) => {
    if (part.added) return { kind: 'added', text: part.value };
    if (part.removed) return { kind: 'removed', text: part.value };
    return { kind: 'same', text: shorten(part.value, i > 0, i < parts.length - 1) };
  });
}
