import anyAscii from 'any-ascii';
import { cjkOrder, facesWithCodePoint, familiesFor, type Family, type FontRole, type FontWeight } from './font-catalog';
import { loadFace, satoriFonts, type LoadedFace, type OgFont } from './fonts';
import { renderShapedText } from './shaped-text';

// Turns a card's words into what can be drawn without asking anyone else's server for glyphs.
// next/og downloads from Google Fonts every grapheme its fonts lack (its loadAdditionalAsset),
// and has no switch to stop it, so each piece of text is given fonts for every character it
// keeps, and loses what no shipped font draws: emoji are removed, letters of scripts we ship
// no font for are spelled in Latin letters (any-ascii), anything else is dropped.

export interface TextStyle {
  role: FontRole;
  weight: FontWeight;
  size: number;
  lineHeight?: number;
  letterSpacing?: number;
  uppercase?: boolean;
  color: string;
  /** Where lines wrap, for text the shaper draws; one line when not given. */
  width?: number;
}

export interface TextField extends TextStyle {
  text: string;
}

interface Prepared {
  style: TextStyle;
  /** Graphemes no shipped font draws as given: spelled in Latin letters, left out, or drawn without a mark. */
  missing: string[];
}

export type PreparedText = Prepared &
  ({ kind: 'text'; text: string; fontFamily: string } | { kind: 'image'; src: string; width: number; height: number; rtl: boolean });

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const emoji = /\p{Emoji_Presentation}|\p{Regional_Indicator}|\uFE0F|\u20E3/u;
const rtl = /^[^\p{L}]*[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/** The card's words made drawable, and the fonts satori needs for them. */
export async function prepareCardText<K extends string>(fields: Record<K, TextField>): Promise<{ fields: Record<K, PreparedText>; fonts: OgFont[] }> {
  const entries = Object.entries(fields) as [K, TextField][];
  const cjk = cjkOrder(entries.map(([, f]) => f.text).join(' '));
  const used: LoadedFace[] = [];
  const prepared = await Promise.all(
    entries.map(async ([key, field]) => {
      const text = await prepareText(field, familiesFor(field.role, cjk));
      if (text.kind === 'text') used.push(...text.faces);
      return [key, text.prepared] as const;
    }),
  );
  // satori wants a font even when every word on the card is drawn by the shaper.
  if (used.length === 0) used.push((await faceFor(0x20, familiesFor('serif', cjk), 400))!);
  used.sort((a, b) => a.name.localeCompare(b.name) || a.weight - b.weight);
  return { fields: Object.fromEntries(prepared) as Record<K, PreparedText>, fonts: satoriFonts(used) };
}

async function prepareText({ text: raw, ...style }: TextField, families: Family[]) {
  let plan = await planText(clean(raw, style.uppercase), families, style.weight);
  const missing = plan.altered;
  if (plan.lost.some(Boolean)) {
    const respelled = plan.graphemes.map((g, i) => (plan.lost[i] ? lastResort(g) : g)).join('');
    plan = await planText(clean(respelled, style.uppercase), families, style.weight);
  }
  const text = plan.graphemes.filter((_, i) => !plan.lost[i]).join('');
  if (!plan.faces.some((f) => f.face.family.shaped)) {
    const fontFamily = plan.faces.map((f) => f.name).join(', ');
    return { kind: 'text' as const, faces: plan.faces, prepared: { kind: 'text' as const, style, missing, text, fontFamily } };
  }
  const image = await renderShapedText({ ...style, text, faces: plan.faces });
  return { kind: 'image' as const, faces: plan.faces, prepared: { kind: 'image' as const, style, missing, ...image, rtl: rtl.test(text) } };
}

function clean(text: string, uppercase = false) {
  const normal = text.normalize('NFC');
  const upper = uppercase ? normal.toUpperCase() : normal;
  return Array.from(graphemes.segment(upper), (g) => g.segment)
    .filter((g) => !emoji.test(g))
    .join('')
    // Runs of spaces and line breaks become one space; the ideographic space stays, being
    // the width of a character in Chinese and Japanese text.
    .replace(/[ \t\n\r\f\v]+/g, ' ')
    .trim();
}

function lastResort(grapheme: string) {
  return /[\p{L}\p{N}]/u.test(grapheme) ? anyAscii(grapheme) : '';
}

/**
 * For each grapheme, the font satori will draw it with: as satori does, the first font in the
 * text's list holding its first character (remembered per first UTF-16 unit), which must then
 * hold every other character of it too, or satori goes to fetch one. Marks that font lacks are
 * left off; a grapheme it cannot draw at all is missing.
 */
async function planText(text: string, families: Family[], weight: FontWeight) {
  const list = Array.from(graphemes.segment(text), (g) => g.segment);
  const chosen = new Map<number, LoadedFace | null>();
  for (const g of list) for (const c of codePoints(g)) if (!chosen.has(c)) chosen.set(c, await faceFor(c, families, weight));
  const order = (f: LoadedFace) => families.indexOf(f.face.family);
  const faces = [...new Set([...chosen.values()].filter((f) => f !== null))].sort((a, b) => order(a) - order(b));
  const byFirstUnit = new Map<number, LoadedFace | undefined>();
  const lost: boolean[] = [];
  const altered: string[] = [];
  const kept = list.map((g, i) => {
    const [first, ...rest] = codePoints(g);
    const unit = g.charCodeAt(0);
    if (!byFirstUnit.has(unit)) byFirstUnit.set(unit, faces.find((f) => f.covers.has(first!)));
    const font = byFirstUnit.get(unit);
    const lacks = rest.filter((c) => !font?.covers.has(c));
    lost[i] = !font?.covers.has(first!) || lacks.some((c) => !/[\p{M}\p{Cf}]/u.test(String.fromCodePoint(c)));
    if (lost[i] || lacks.length > 0) altered.push(g);
    return lost[i] ? g : String.fromCodePoint(first!, ...rest.filter((c) => !lacks.includes(c)));
  });
  return { graphemes: kept, lost, altered, faces };
}

function codePoints(text: string): number[] {
  return Array.from(text, (c) => c.codePointAt(0)!);
}

const decided = new Map<string, Map<number, LoadedFace | null>>();

/** The first file, in the families' order, whose glyphs include the character. */
async function faceFor(codePoint: number, families: Family[], weight: FontWeight): Promise<LoadedFace | null> {
  const key = `${families.map((f) => f.id).join()}@${weight}`;
  let memo = decided.get(key);
  if (!memo) decided.set(key, (memo = new Map()));
  const known = memo.get(codePoint);
  if (known !== undefined) return known;
  let found: LoadedFace | null = null;
  const character = String.fromCodePoint(codePoint);
  search: for (const family of families) {
    if (family.letters && /\p{L}/u.test(character) && !family.letters.test(character)) continue;
    for (const face of facesWithCodePoint(family, codePoint)) {
      const loaded = await loadFace(face, weight);
      if (loaded.covers.has(codePoint)) {
        found = loaded;
        break search;
      }
    }
  }
  memo.set(codePoint, found);
  return found;
}
