import { createHash } from 'node:crypto';
import anyAscii from 'any-ascii';

// Scripts written in syllables (Chinese, Japanese, Korean) transliterate to one capitalised
// syllable per character ("日本" → "RiBen"); spaced apart they read as words: "ri-ben".
const syllabic = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/**
 * "Rina Hartono" → "rina-hartono"; "Science & Tech" → "science-tech"; "Pérez" → "perez";
 * "日本" → "ri-ben"; "Ахмед" → "akhmed". Empty only for text with nothing to spell.
 */
export function slugify(text: string): string {
  return anyAscii(text.normalize('NFKC').replace(syllabic, (c) => ` ${c} `))
    .toLowerCase()
    .replace(/&/g, ' ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A short, stable id for a name: what tells apart two names that spell the same. */
export function nameId(name: string): string {
  return BigInt(`0x${createHash('sha256').update(name.normalize('NFKC')).digest('hex').slice(0, 12)}`).toString(36).slice(0, 6);
}

/** Whether two names are the same name, typed differently ("Jakarta", " jakarta"). */
export function isSameName(a: string, b: string): boolean {
  const normal = (s: string) => s.normalize('NFKC').trim().toLowerCase();
  return normal(a) === normal(b);
}
