import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { LoadedFace } from './fonts';
import type { TextStyle } from './text';
import { sfntFromWoff } from './woff';

// Arabic, Devanagari and Thai need a shaper: letters join and change shape, vowel signs move
// before the consonant they follow, marks stack. satori has none, but sharp's libvips renders
// text with Pango, HarfBuzz and FriBidi, so such text is drawn there, as a picture the card
// places where the words go. Pango takes right-to-left order and line breaks from the text.
// It finds fonts through fontconfig, which (as built into sharp) does not open WOFF, so each
// file is unwrapped into the temporary folder, and named once in a render, which is how
// libvips registers a font file for the life of the process.

const dir = path.join(os.tmpdir(), 'dateline-og-fonts');
const registered = new Map<Buffer, Promise<string>>();

async function writeOnce(file: string, data: () => Buffer) {
  if (await fs.stat(file).catch(() => null)) return;
  await fs.mkdir(dir, { recursive: true });
  // Written under a private name, then renamed: other processes may be reading the file.
  const part = `${file}.${process.pid}.part`;
  await fs.writeFile(part, data());
  await fs.rename(part, file);
}

/** Makes the face's file known to Pango; writes it again if the temporary folder was cleaned. */
async function useFace(face: LoadedFace): Promise<void> {
  const known = registered.get(face.data);
  if (known) return writeOnce(await known, () => sfntFromWoff(face.data));
  const file = (async () => {
    const sfnt = sfntFromWoff(face.data);
    const file = path.join(dir, `${createHash('sha256').update(sfnt).digest('hex').slice(0, 24)}.ttf`);
    await writeOnce(file, () => sfnt);
    await sharp({ text: { text: '.', fontfile: file } }).raw().toBuffer();
    return file;
  })();
  file.catch(() => registered.delete(face.data));
  registered.set(face.data, file);
  await file;
}

const thaiWords = new Intl.Segmenter('th', { granularity: 'word' });
const thai = /\p{Script=Thai}/u;

/** Thai is written without spaces; Pango breaks its lines only where it is told it may. */
function markThaiWordBreaks(text: string): string {
  if (!thai.test(text)) return text;
  const words = Array.from(thaiWords.segment(text), (s) => s.segment);
  return words.map((w, i) => (i > 0 && thai.test(w) && thai.test(words[i - 1]!.slice(-1)) ? `\u200B${w}` : w)).join('');
}

function escapeMarkup(text: string) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface ShapedText {
  src: string;
  width: number;
  height: number;
}

/**
 * The text drawn by Pango in the given faces, as a PNG cropped to its ink. The kickers' letter
 * spacing is left out here: it would pull joined Arabic letters apart.
 */
export async function renderShapedText(input: TextStyle & { text: string; faces: LoadedFace[] }): Promise<ShapedText> {
  await Promise.all(input.faces.map(useFace));
  const families = [...new Set(input.faces.map((f) => f.face.family.name))].join(', ');
  const factor = input.lineHeight && Math.max(input.lineHeight, ...input.faces.map((f) => f.face.family.lineHeight ?? 0));
  const lineHeight = factor ? ` line_height="${Math.round(input.size * factor * 1024)}"` : '';
  const { data, info } = await sharp({
    text: {
      text: `<span foreground="${input.color}"${lineHeight}>${escapeMarkup(markThaiWordBreaks(input.text))}</span>`,
      font: `${families}${input.weight === 700 ? ' Bold' : ''} ${input.size}px`,
      dpi: 72,
      rgba: true,
      width: input.width,
      wrap: 'word-char',
    },
  })
    .png({ compressionLevel: 1 })
    .toBuffer({ resolveWithObject: true });
  return { src: `data:image/png;base64,${data.toString('base64')}`, width: info.width, height: info.height };
}
