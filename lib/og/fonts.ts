import fs from 'node:fs/promises';
import { faceFile, faceName, type Face, type FontWeight } from './font-catalog';
import { cmapCodePoints } from './woff';

// Font files are read once per process and kept: satori parses a font once per Buffer object
// and a list of fonts once per array, so handing it the same objects again keeps later cards
// as cheap as the first one is dear.

export interface LoadedFace {
  face: Face;
  weight: FontWeight;
  /** The font's name for satori: one per file, so each file takes its place in the fallback. */
  name: string;
  data: Buffer;
  /** The characters the file has glyphs for. */
  covers: Set<number>;
}

export interface OgFont {
  name: string;
  data: Buffer;
  weight: FontWeight;
  style: 'normal';
}

const faces = new Map<string, Promise<LoadedFace>>();

export function loadFace(face: Face, weight: FontWeight): Promise<LoadedFace> {
  const file = faceFile(face, weight);
  let loaded = faces.get(file);
  if (!loaded) {
    loaded = fs.readFile(file).then((data) => ({ face, weight, name: faceName(face), data, covers: cmapCodePoints(data) }));
    // A failed read is not remembered, so the next card tries again.
    loaded.catch(() => faces.delete(file));
    faces.set(file, loaded);
  }
  return loaded;
}

// Latin cards share one list; cards in Chinese or Japanese each pick their own few files, so
// only the lists used last are kept.
const fontLists = new Map<string, OgFont[]>();
const maxFontLists = 64;

/** The fonts to hand satori for these faces: the same array for the same set. */
export function satoriFonts(loaded: Iterable<LoadedFace>): OgFont[] {
  const unique = [...new Set(loaded)];
  const key = unique.map((f) => `${f.name}@${f.weight}`).join(',');
  let fonts = fontLists.get(key);
  if (fonts) fontLists.delete(key);
  else fonts = unique.map((f) => ({ name: f.name, data: f.data, weight: f.weight, style: 'normal' as const }));
  fontLists.set(key, fonts);
  if (fontLists.size > maxFontLists) fontLists.delete(fontLists.keys().next().value!);
  return fonts;
}
