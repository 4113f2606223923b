import fs from 'node:fs';
import path from 'node:path';

// Which fonts a share card can draw with, all from @fontsource packages (OFL), by writing system.
// Fontsource splits each family into files by Unicode range ("subsets"; CJK families into about
// a hundred numbered ones), so a card opens only the files holding the characters it carries.
// Only .woff is read: satori cannot open .woff2.

export type FontRole = 'serif' | 'sans';
export type FontWeight = 400 | 700;

export interface Family {
  /** The @fontsource package, and the prefix of its file names. */
  id: string;
  /** The family name inside the files, by which the text shaper finds them. */
  name: string;
  subsets: (subset: string) => boolean;
  /**
   * Scripts that need a real shaper (joining, reordering, mark placement). satori's opentype.js
   * has none to speak of: it leaves Devanagari unshaped (vowel signs after their consonant,
   * conjuncts broken), draws Thai tone marks over the vowel they should sit above, and stops
   * on Noto Sans Arabic's ligature lookups; these are drawn by shaped-text.ts instead.
   */
  shaped?: boolean;
  /** The least line height (in ems) whose lines keep this script's marks apart. */
  lineHeight?: number;
  /**
   * The only letters it may draw. The CJK fonts also hold Latin, Greek and Cyrillic letters,
   * which would otherwise stand in, in another design, for a missing Latin or Cyrillic file.
   */
  letters?: RegExp;
}

const named = (...names: string[]) => (subset: string) => names.includes(subset);
const numbered = (subset: string) => /^\[\d+\]$/.test(subset);

const serif: Family = {
  id: 'source-serif-4',
  name: 'Source Serif 4',
  subsets: named('latin', 'latin-ext', 'vietnamese', 'cyrillic', 'cyrillic-ext', 'greek'),
};
const sans: Family = {
  id: 'inter',
  name: 'Inter',
  subsets: named('latin', 'latin-ext', 'vietnamese', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext'),
};
const scripts: Family[] = [
  { id: 'noto-sans-arabic', name: 'Noto Sans Arabic', subsets: named('arabic'), shaped: true, lineHeight: 1.45 },
  { id: 'noto-sans-devanagari', name: 'Noto Sans Devanagari', subsets: named('devanagari'), shaped: true, lineHeight: 1.3 },
  { id: 'noto-sans-thai', name: 'Noto Sans Thai', subsets: named('thai'), shaped: true, lineHeight: 1.35 },
];
const cjkLetters = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u;
const cjk = {
  sc: { id: 'noto-sans-sc', name: 'Noto Sans SC', subsets: numbered, letters: cjkLetters },
  jp: { id: 'noto-sans-jp', name: 'Noto Sans JP', subsets: numbered, letters: cjkLetters },
  kr: { id: 'noto-sans-kr', name: 'Noto Sans KR', subsets: numbered, letters: cjkLetters },
} satisfies Record<string, Family>;

/**
 * Han characters are drawn differently in Chinese, Japanese and Korean; the card's own text
 * tells which it is (kana are only Japanese, hangul only Korean), Chinese otherwise.
 */
export function cjkOrder(text: string): Family[] {
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return [cjk.jp, cjk.sc, cjk.kr];
  if (/\p{Script=Hangul}/u.test(text)) return [cjk.kr, cjk.sc, cjk.jp];
  return [cjk.sc, cjk.jp, cjk.kr];
}

/** Families in the order a character is looked for, for text set in the given role. */
export function familiesFor(role: FontRole, cjkFamilies: Family[]): Family[] {
  return role === 'serif' ? [serif, sans, ...scripts, ...cjkFamilies] : [sans, ...scripts, ...cjkFamilies];
}

export interface Face {
  family: Family;
  subset: string;
}

export function faceName(face: Face): string {
  return `${face.family.id}-${face.subset.replace(/[[\]]/g, '')}`;
}

export function faceFile(face: Face, weight: FontWeight): string {
  return path.join(packageDir(face.family), 'files', `${faceName(face)}-${weight}-normal.woff`);
}

function packageDir(family: Family) {
  return path.join(process.cwd(), 'node_modules', '@fontsource', family.id);
}

const indexes = new Map<Family, Map<number, Face[]>>();

/** The faces of a family whose declared range holds the character, from its unicode.json. */
export function facesWithCodePoint(family: Family, codePoint: number): Face[] {
  let index = indexes.get(family);
  if (!index) {
    index = new Map();
    const ranges = JSON.parse(fs.readFileSync(path.join(packageDir(family), 'unicode.json'), 'utf8')) as Record<string, string>;
    for (const [subset, list] of Object.entries(ranges)) {
      if (!family.subsets(subset)) continue;
      const face = { family, subset };
      for (const range of list.split(',')) {
        const [from, to = from] = range.replace(/U\+/gi, '').split('-').map((hex) => parseInt(hex, 16)) as [number, number?];
        for (let c = from; c <= to; c++) index.set(c, [...(index.get(c) ?? []), face]);
      }
    }
    indexes.set(family, index);
  }
  return index.get(codePoint) ?? [];
}
