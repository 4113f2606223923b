import fs from 'node:fs/promises';
import path from 'node:path';

// Share images use the fonts shipped in lib/og/fonts (OFL), read from disk once per process.
// Satori falls back font by font, so the latin-ext files cover Indonesian and other diacritics.
const dir = path.join(process.cwd(), 'lib/og/fonts');

const files = [
  { name: 'Serif', file: 'source-serif-4-latin-700-normal.woff', weight: 700 },
  { name: 'Serif', file: 'source-serif-4-latin-ext-700-normal.woff', weight: 700 },
  { name: 'Serif', file: 'source-serif-4-latin-400-normal.woff', weight: 400 },
  { name: 'Serif', file: 'source-serif-4-latin-ext-400-normal.woff', weight: 400 },
  { name: 'Sans', file: 'inter-latin-400-normal.woff', weight: 400 },
  { name: 'Sans', file: 'inter-latin-700-normal.woff', weight: 700 },
] as const;

export interface OgFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

let loaded: Promise<OgFont[]> | undefined;

export function loadOgFonts(): Promise<OgFont[]> {
  loaded ??= Promise.all(
    files.map(async (f) => ({ name: f.name, data: await fs.readFile(path.join(dir, f.file)), weight: f.weight, style: 'normal' as const })),
  );
  return loaded;
}
