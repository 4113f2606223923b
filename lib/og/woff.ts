import { inflateSync } from 'node:zlib';

// The few things read from a WOFF (1.0) file: which characters it maps to a glyph, and the plain
// OpenType file inside it, for the text renderer that cannot open WOFF (see shaped-text.ts).
// Reading the cmap ourselves is what lets a card promise its renderer a glyph for every
// character: satori asks Google's font service for anything its fonts lack.

interface Table {
  tag: string;
  offset: number;
  compressed: number;
  length: number;
  checksum: number;
}

function tables(woff: Buffer): Table[] {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('Not a WOFF 1.0 font');
  const count = woff.readUInt16BE(12);
  return Array.from({ length: count }, (_, i) => {
    const at = 44 + i * 20;
    return {
      tag: woff.toString('latin1', at, at + 4),
      offset: woff.readUInt32BE(at + 4),
      compressed: woff.readUInt32BE(at + 8),
      length: woff.readUInt32BE(at + 12),
      checksum: woff.readUInt32BE(at + 16),
    };
  });
}

function tableData(woff: Buffer, table: Table): Buffer {
  const raw = woff.subarray(table.offset, table.offset + table.compressed);
  return table.compressed < table.length ? inflateSync(raw) : raw;
}

/** The OpenType/TrueType font a WOFF file wraps. */
export function sfntFromWoff(woff: Buffer): Buffer {
  const list = tables(woff);
  const padded = (n: number) => (n + 3) & ~3;
  const out = Buffer.alloc(12 + 16 * list.length + list.reduce((sum, t) => sum + padded(t.length), 0));
  out.writeUInt32BE(woff.readUInt32BE(4), 0);
  out.writeUInt16BE(list.length, 4);
  const selector = Math.floor(Math.log2(list.length));
  out.writeUInt16BE(16 * 2 ** selector, 6);
  out.writeUInt16BE(selector, 8);
  out.writeUInt16BE(16 * (list.length - 2 ** selector), 10);
  let at = 12 + 16 * list.length;
  list.forEach((table, i) => {
    tableData(woff, table).copy(out, at);
    const entry = 12 + i * 16;
    out.write(table.tag, entry, 'latin1');
    out.writeUInt32BE(table.checksum, entry + 4);
    out.writeUInt32BE(at, entry + 8);
    out.writeUInt32BE(table.length, entry + 12);
    at += padded(table.length);
  });
  return out;
}

/**
 * Every code point the font maps to a real glyph (not .notdef), read from the cmap subtable
 * opentype.js (inside satori) reads: the last Unicode record, format 12 or 4.
 */
export function cmapCodePoints(woff: Buffer): Set<number> {
  const table = tables(woff).find((t) => t.tag === 'cmap');
  if (!table) throw new Error('Font has no cmap table');
  const cmap = tableData(woff, table);
  const unicode = (platform: number, encoding: number) =>
    (platform === 3 && [0, 1, 10].includes(encoding)) || (platform === 0 && encoding <= 4);
  for (let i = cmap.readUInt16BE(2) - 1; i >= 0; i--) {
    if (!unicode(cmap.readUInt16BE(4 + i * 8), cmap.readUInt16BE(6 + i * 8))) continue;
    const at = cmap.readUInt32BE(8 + i * 8);
    const format = cmap.readUInt16BE(at);
    if (format === 12) return format12(cmap, at);
    if (format === 4) return format4(cmap, at);
    break;
  }
  throw new Error('Font has no Unicode cmap subtable that satori reads');
}

function format12(cmap: Buffer, at: number): Set<number> {
  const points = new Set<number>();
  const groups = cmap.readUInt32BE(at + 12);
  for (let i = 0; i < groups; i++) {
    const g = at + 16 + i * 12;
    const start = cmap.readUInt32BE(g);
    const end = cmap.readUInt32BE(g + 4);
    const glyph = cmap.readUInt32BE(g + 8);
    for (let c = start; c <= end; c++) if (glyph + (c - start) !== 0) points.add(c);
  }
  return points;
}

function format4(cmap: Buffer, at: number): Set<number> {
  const points = new Set<number>();
  const segments = cmap.readUInt16BE(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const start = cmap.readUInt16BE(starts + s * 2);
    const end = cmap.readUInt16BE(ends + s * 2);
    const delta = cmap.readInt16BE(deltas + s * 2);
    const rangeOffset = cmap.readUInt16BE(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const raw = cmap.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) points.add(c);
    }
  }
  return points;
}
