import sharp from 'sharp';

// For the tests: finds, in a rendered card, the boxes renderers draw for characters they have
// no glyph for ("tofu"). satori draws the .notdef glyph of its last font, which in these files
// is one of: a tall bar with "NO GLYPH" cut out of it (Inter, Source Serif Latin), a box with an
// X (Source Serif's other files, the CJK files), an empty box (Noto Sans Arabic and Thai);
// Pango draws a box with the character's hex code in it. Each is an ink shape whose outline
// is a full rectangle, told from real glyphs by what is inside. Two kinds are left: Noto Sans
// Devanagari's .notdef draws nothing, and an empty box is also what 口 or ロ look like in a
// thin weight, so the tests' texts do without them.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Shape extends Box {
  id: number;
  count: number;
}

export async function findTofu(image: Buffer): Promise<Box[]> {
  const { data, info } = await sharp(image).greyscale().raw().toBuffer({ resolveWithObject: true });
  const { width, height } = info;
  const background = mostCommon(data);
  const ink = Uint8Array.from(data, (v) => (Math.abs(v - background) > 96 ? 1 : 0));
  const label = new Int32Array(width * height);
  const shapes: Shape[] = [];
  for (let start = 0; start < ink.length; start++) {
    if (!ink[start] || label[start]) continue;
    const id = shapes.length + 1;
    shapes.push({ id, ...fill(start, id, (p) => ink[p] === 1 && label[p] === 0, label, width, height, 8) });
  }
  return shapes
    .filter((s) => s.height >= 16 && s.width >= 0.2 * s.height && s.width <= 1.6 * s.height)
    .filter((s) => isTofu(s, (x, y) => label[y * width + x] === s.id, shapes))
    .map(({ x, y, width: w, height: h }) => ({ x, y, width: w, height: h }));
}

function mostCommon(data: Buffer) {
  const counts = new Uint32Array(256);
  for (const v of data) counts[v]!++;
  return counts.indexOf(Math.max(...counts));
}

function isTofu(shape: Shape, inShape: (x: number, y: number) => boolean, shapes: Shape[]): boolean {
  const { x, y, width: w, height: h } = shape;
  // How much of a line of points is ink of this shape, either at the point or one step inward.
  const drawn = (length: number, at: (i: number) => [number, number], inward: [number, number]) => {
    let n = 0;
    for (let i = 0; i < length; i++) {
      const [px, py] = at(i);
      if (inShape(Math.round(px), Math.round(py)) || inShape(Math.round(px + inward[0]), Math.round(py + inward[1]))) n++;
    }
    return n / length;
  };
  const outlined =
    drawn(w, (i) => [x + i, y], [0, 1]) >= 0.9 &&
    drawn(w, (i) => [x + i, y + h - 1], [0, -1]) >= 0.9 &&
    drawn(h, (i) => [x, y + i], [1, 0]) >= 0.9 &&
    drawn(h, (i) => [x + w - 1, y + i], [-1, 0]) >= 0.9;
  if (!outlined) return false;
  const holes = findHoles(shape, inShape);
  const holeArea = holes.reduce((sum, a) => sum + a, 0);
  const diagonal = (from: number, to: number) => drawn(h, (i) => [x + from + ((to - from) * i) / (h - 1), y + i], [1, 0]);
  const crossed = diagonal(0, w - 1) >= 0.8 && diagonal(w - 1, 0) >= 0.8 && onlyDiagonals(shape, inShape);
  const noGlyphBar = w <= 0.45 * h && holes.length >= 2 && shape.count >= 0.4 * w * h;
  if (crossed || noGlyphBar) return true;
  if (holes.length !== 1 || holeArea < 0.45 * w * h) return false;
  const inside = shapes.filter((s) => s.x > x && s.y > y && s.x + s.width < x + w && s.y + s.height < y + h);
  const emptyBox = inside.length === 0 && w <= 0.75 * h;
  const hexBox = inside.length >= 4 && inside.every((s) => s.height <= 0.45 * h);
  return emptyBox || hexBox;
}

/** Whether the ink inside the outline lies along its diagonals (an X), not elsewhere (国, 田). */
function onlyDiagonals({ x, y, width: w, height: h }: Box, inShape: (x: number, y: number) => boolean): boolean {
  const band = Math.max(2, Math.round(0.2 * w));
  let ink = 0;
  let off = 0;
  for (let py = y + band; py < y + h - band; py++) {
    const along = ((py - y) / (h - 1)) * (w - 1);
    for (let px = x + band; px < x + w - band; px++) {
      if (!inShape(px, py)) continue;
      ink++;
      if (Math.min(Math.abs(px - x - along), Math.abs(px - x - (w - 1 - along))) > 0.2 * w) off++;
    }
  }
  return ink > 0 && off <= 0.05 * ink;
}

/** Areas of the regions inside the shape's rectangle that the shape encloses. */
function findHoles({ x, y, width: w, height: h }: Box, inShape: (x: number, y: number) => boolean): number[] {
  const marks = new Int32Array(w * h);
  const open = (p: number) => marks[p] === 0 && !inShape(x + (p % w), y + Math.floor(p / w));
  for (let i = 0; i < w; i++) for (const p of [i, (h - 1) * w + i]) if (open(p)) fill(p, -1, open, marks, w, h, 4);
  for (let j = 0; j < h; j++) for (const p of [j * w, j * w + w - 1]) if (open(p)) fill(p, -1, open, marks, w, h, 4);
  const holes: number[] = [];
  for (let p = 0; p < w * h; p++) if (open(p)) holes.push(fill(p, holes.length + 1, open, marks, w, h, 4).count);
  return holes;
}

const around = {
  4: [[1, 0], [-1, 0], [0, 1], [0, -1]],
  8: [[1, 0], [-1, 0], [0, 1], [0, -1], [1, 1], [1, -1], [-1, 1], [-1, -1]],
} as const;

/** Flood fill from `start`, marking with `mark`; returns the bounding box and the pixel count. */
function fill(start: number, mark: number, open: (p: number) => boolean, marks: Int32Array, width: number, height: number, neighbours: 4 | 8) {
  let [x0, x1, y0, y1, count] = [width, 0, height, 0, 0];
  marks[start] = mark;
  const stack = [start];
  while (stack.length > 0) {
    const p = stack.pop()!;
    const x = p % width;
    const y = (p - x) / width;
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
    count++;
    for (const [dx, dy] of around[neighbours]) {
      const nx = x + dx;
      const ny = y + dy;
      const q = ny * width + nx;
      if (nx >= 0 && ny >= 0 && nx < width && ny < height && open(q)) {
        marks[q] = mark;
        stack.push(q);
      }
    }
  }
  return { x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1, count };
}
