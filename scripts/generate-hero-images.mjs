#!/usr/bin/env node
/**
 * Generate the hero illustrations for the sample articles.
 *
 *   node scripts/generate-hero-images.mjs
 *
 * For every content/articles/<slug>.md this renders an original, flat,
 * geometric editorial illustration as an SVG string (no text, no external
 * fonts or images), rasterises it with sharp (librsvg) and writes
 * content/images/<slug>.webp at 1600×900.
 *
 * Output is deterministic: all "randomness" comes from a small PRNG seeded
 * with the slug, and every number written to the SVG is rounded.
 *
 * Each article's motif is chosen in MOTIFS below (slug → drawing function +
 * options); articles not in the map fall back to a section default. The colour
 * palette comes from the article's `section`.
 */
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ARTICLES_DIR = path.join(ROOT, 'content', 'articles');
const OUT_DIR = path.join(ROOT, 'content', 'images');
const W = 1600;
const H = 900;
const WEBP = { quality: 68, effort: 6, smartSubsample: true };
const TARGET_BYTES = 60 * 1024; // re-encode at lower quality above this
const MIN_QUALITY = 50;
const MAX_BYTES = 90 * 1024; // hard ceiling, reported as a warning

/* ------------------------------------------------------------------------ */
/* Deterministic randomness                                                  */
/* ------------------------------------------------------------------------ */

function fnv1a(str) {
  let h = 0x811c9dc5;
  for (let i = 0; i < str.length; i++) {
    h ^= str.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/* ------------------------------------------------------------------------ */
/* Palettes (one per section)                                                */
/* ------------------------------------------------------------------------ */

const PALETTES = {
  // Sand, slate navy, sea teal, brick red.
  world: {
    bg: '#EFE8DA', bg2: '#DCCFB8', ink: '#1D2833', deep: '#2C4860', water: '#4E8193',
    land: '#C59F62', accent: '#C4513A', light: '#F8F3EA', muted: '#93A9A8', leaf: '#5E7F5B',
  },
  // Terracotta, teak brown, ochre, forest green.
  indonesia: {
    bg: '#F3E5D0', bg2: '#E6CDAA', ink: '#35201A', deep: '#7B2F22', water: '#3E6F6B',
    land: '#B9853E', accent: '#D44A2E', light: '#FCF4E7', muted: '#A39073', leaf: '#4F7446',
  },
  // Cool paper, ink blue, steel, mustard.
  business: {
    bg: '#E8ECEF', bg2: '#D2DBE2', ink: '#16222D', deep: '#23415B', water: '#4B7598',
    land: '#A4AFB6', accent: '#E0A22A', light: '#F7F9FA', muted: '#7E95A6', leaf: '#3F7A5B',
  },
  // Blush paper, plum, aubergine, burnt orange.
  opinion: {
    bg: '#F1E7E2', bg2: '#E2CFC8', ink: '#2A1E2C', deep: '#4C3453', water: '#6E6189',
    land: '#BC967E', accent: '#D6603A', light: '#FAF5F2', muted: '#A68FA0', leaf: '#6A7D55',
  },
  // Pale cyan, midnight indigo, ocean, signal orange.
  'science-tech': {
    bg: '#E5EEF0', bg2: '#CADCE2', ink: '#0F1C2C', deep: '#1B3558', water: '#2D7B9A',
    land: '#8BAA9C', accent: '#EF873A', light: '#F5FAFB', muted: '#7EA5B6', leaf: '#3C8C72',
  },
  // Cream, burgundy, indigo, turmeric.
  culture: {
    bg: '#F2E6D6', bg2: '#E4CFB2', ink: '#2A1921', deep: '#6A2037', water: '#2E4A7B',
    land: '#C69B43', accent: '#D9772B', light: '#FBF4E8', muted: '#A28D79', leaf: '#4E7254',
  },
};

/* ------------------------------------------------------------------------ */
/* SVG helpers                                                               */
/* ------------------------------------------------------------------------ */

const f = (n) => {
  const v = Math.round(n * 10) / 10;
  return Object.is(v, -0) ? '0' : String(v);
};
/** Template tag that rounds interpolated numbers (for path data). */
const d = (strings, ...vals) =>
  strings.reduce((acc, s, i) => acc + s + (i < vals.length ? (typeof vals[i] === 'number' ? f(vals[i]) : vals[i]) : ''), '');

const attrs = (a = {}) =>
  Object.entries(a)
    .filter(([, v]) => v !== undefined && v !== null && v !== false)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? f(v) : v}"`)
    .join('');

const rect = (x, y, w, h, fill, a = {}) => `<rect${attrs({ x, y, width: w, height: h, fill, ...a })}/>`;
const circle = (cx, cy, r, fill, a = {}) => `<circle${attrs({ cx, cy, r, fill, ...a })}/>`;
const ellipse = (cx, cy, rx, ry, fill, a = {}) => `<ellipse${attrs({ cx, cy, rx, ry, fill, ...a })}/>`;
const pathEl = (dd, fill, a = {}) => `<path${attrs({ d: dd, fill, ...a })}/>`;
const poly = (pts, fill, a = {}) =>
  `<polygon${attrs({ points: pts.map(([x, y]) => `${f(x)},${f(y)}`).join(' '), fill, ...a })}/>`;
const polyline = (pts, stroke, sw, a = {}) =>
  `<polyline${attrs({
    points: pts.map(([x, y]) => `${f(x)},${f(y)}`).join(' '),
    fill: 'none', stroke, 'stroke-width': sw, 'stroke-linecap': 'round', 'stroke-linejoin': 'round', ...a,
  })}/>`;
const line = (x1, y1, x2, y2, stroke, sw, a = {}) =>
  `<line${attrs({ x1, y1, x2, y2, stroke, 'stroke-width': sw, 'stroke-linecap': 'round', ...a })}/>`;
const stroke = (dd, color, sw, a = {}) =>
  pathEl(dd, 'none', { stroke: color, 'stroke-width': sw, 'stroke-linecap': 'round', 'stroke-linejoin': 'round', ...a });
const g = (content, a = {}) => `<g${attrs(a)}>${Array.isArray(content) ? content.join('') : content}</g>`;
const tr = (x, y, rot = 0, s = 1) =>
  `translate(${f(x)} ${f(y)})${rot ? ` rotate(${f(rot)})` : ''}${s !== 1 ? ` scale(${Math.round(s * 1000) / 1000})` : ''}`;

function hexToRgb(hex) {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
/** Mix two hex colours; t=0 → a, t=1 → b. Keeps tints within the palette family. */
function mix(a, b, t) {
  const A = hexToRgb(a);
  const B = hexToRgb(b);
  return (
    '#' +
    A.map((v, i) => Math.round(v + (B[i] - v) * t).toString(16).padStart(2, '0')).join('').toUpperCase()
  );
}

function makeCtx(slug, palette) {
  const rng = mulberry32(fnv1a(slug));
  const defs = [];
  let counter = 0;
  const ctx = {
    p: palette,
    rnd: rng,
    rand: (a = 0, b = 1) => a + (b - a) * rng(),
    int: (a, b) => Math.floor(a + (b - a + 1) * rng()),
    pick: (arr) => arr[Math.floor(rng() * arr.length)],
    chance: (pr) => rng() < pr,
    id: (prefix) => `${prefix}${++counter}`,
    defs,
    /** Linear gradient; stops: [[offset, colour, opacity?], ...]. Returns url(). */
    lin(stops, x1 = 0, y1 = 0, x2 = 0, y2 = 1) {
      const id = ctx.id('lg');
      defs.push(
        `<linearGradient id="${id}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}">` +
          stops.map(([o, c, op = 1]) => `<stop offset="${o}" stop-color="${c}" stop-opacity="${op}"/>`).join('') +
          '</linearGradient>',
      );
      return `url(#${id})`;
    },
    /** Radial gradient in objectBoundingBox units. */
    rad(stops, cx = 0.5, cy = 0.5, r = 0.5) {
      const id = ctx.id('rg');
      defs.push(
        `<radialGradient id="${id}" cx="${cx}" cy="${cy}" r="${r}">` +
          stops.map(([o, c, op = 1]) => `<stop offset="${o}" stop-color="${c}" stop-opacity="${op}"/>`).join('') +
          '</radialGradient>',
      );
      return `url(#${id})`;
    },
    clip(content) {
      const id = ctx.id('cp');
      defs.push(`<clipPath id="${id}">${content}</clipPath>`);
      return `url(#${id})`;
    },
    pattern(w, h, content, a = {}) {
      const id = ctx.id('pt');
      defs.push(`<pattern id="${id}"${attrs({ width: w, height: h, patternUnits: 'userSpaceOnUse', ...a })}>${content}</pattern>`);
      return `url(#${id})`;
    },
  };
  return ctx;
}

/* ------------------------------------------------------------------------ */
/* Shared drawing primitives                                                 */
/* ------------------------------------------------------------------------ */

/** Full-bleed vertical gradient background. */
function sky(ctx, top, bottom, y2 = 1) {
  return rect(0, 0, W, H, ctx.lin([[0, top], [1, bottom]], 0, 0, 0, y2));
}

/** A filled band whose top edge is a smooth sine-like wave. */
function wave(y, amp, len, phase, fill, a = {}, bottom = H + 10) {
  let x = -len + (phase % len) - len;
  let s = d`M${x} ${bottom} L${x} ${y} Q${x + len / 4} ${y - amp} ${x + len / 2} ${y}`;
  x += len / 2;
  while (x < W + len) {
    s += d` T${x + len / 2} ${y}`;
    x += len / 2;
  }
  s += d` L${x} ${bottom} Z`;
  return pathEl(s, fill, a);
}

/** Wavy stroke (open line). */
function waveLine(x0, x1, y, amp, len, color, sw, a = {}) {
  let s = d`M${x0} ${y} Q${x0 + len / 4} ${y - amp} ${x0 + len / 2} ${y}`;
  for (let x = x0 + len / 2; x < x1; x += len / 2) s += d` T${x + len / 2} ${y}`;
  return stroke(s, color, sw, a);
}

/** Soft layered hills: a closed path with gentle cubic bumps. */
function hills(ctx, y, amp, fill, a = {}, segs = 4) {
  const step = (W + 200) / segs;
  let x = -100;
  let prevY = y + ctx.rand(-amp, amp) * 0.5;
  let s = d`M${x} ${H + 10} L${x} ${prevY}`;
  for (let i = 0; i < segs; i++) {
    const ny = y + ctx.rand(-amp, amp) * 0.6;
    const peak = y - ctx.rand(0.4, 1) * amp;
    s += d` C${x + step * 0.3} ${peak} ${x + step * 0.7} ${peak} ${x + step} ${ny}`;
    x += step;
    prevY = ny;
  }
  s += d` L${x} ${H + 10} Z`;
  return pathEl(s, fill, a);
}

function cloud(x, y, s, fill, a = {}) {
  return g(
    [
      circle(x - 60 * s, y, 38 * s, fill),
      circle(x - 10 * s, y - 28 * s, 52 * s, fill),
      circle(x + 50 * s, y - 8 * s, 42 * s, fill),
      rect(x - 98 * s, y, 190 * s, 38 * s, fill, { rx: 19 * s }),
    ],
    a,
  );
}

function rain(ctx, x0, y0, x1, y1, n, color, len = 46, a = {}) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const x = ctx.rand(x0, x1);
    const y = ctx.rand(y0, y1);
    out.push(line(x, y, x - len * 0.32, y + len, color, 3));
  }
  return g(out, { opacity: 0.55, ...a });
}

/** Pictogram-like standing/walking person, feet at (x, y), height h. */
function person(x, y, h, body, head, opts = {}) {
  const r = h * 0.1;
  const w = h * 0.27;
  const torsoTop = y - h + 2 * r + h * 0.02;
  const torsoH = h * 0.4;
  const legTop = torsoTop + torsoH - h * 0.04;
  const stride = opts.walk ? h * 0.09 : 0;
  const legW = w * 0.36;
  const legs = opts.walk
    ? [
        poly([[x - legW * 0.9, legTop], [x + legW * 0.1, legTop], [x - stride + legW * 0.5, y], [x - stride - legW * 0.5, y]], opts.legs || body),
        poly([[x - legW * 0.1, legTop], [x + legW * 0.9, legTop], [x + stride + legW * 0.5, y], [x + stride - legW * 0.5, y]], opts.legs || body),
      ]
    : [
        rect(x - w / 2 + w * 0.06, legTop, legW, y - legTop, opts.legs || body, { rx: legW * 0.3 }),
        rect(x + w / 2 - w * 0.06 - legW, legTop, legW, y - legTop, opts.legs || body, { rx: legW * 0.3 }),
      ];
  const parts = [
    ...legs,
    rect(x - w / 2, torsoTop, w, torsoH, body, { rx: w * 0.38 }),
    circle(x, y - h + r, r, head),
  ];
  if (opts.umbrella) {
    const uy = y - h - h * 0.12;
    parts.push(line(x + w * 0.35, torsoTop + torsoH * 0.3, x + w * 0.35, uy, opts.umbrella, h * 0.02));
    parts.push(pathEl(d`M${x + w * 0.35 - h * 0.3} ${uy} A${h * 0.3} ${h * 0.2} 0 0 1 ${x + w * 0.35 + h * 0.3} ${uy} Z`, opts.umbrella));
  }
  if (opts.shadow) parts.unshift(ellipse(x, y, w * 0.9, h * 0.03, opts.shadow));
  return g(parts);
}

/** Row of simple buildings along a base line. */
function skylineBand(ctx, baseY, x0, x1, minH, maxH, fill, opts = {}) {
  const out = [];
  let x = x0;
  while (x < x1) {
    const w = ctx.rand(opts.minW || 50, opts.maxW || 120);
    const h = ctx.rand(minH, maxH);
    out.push(rect(x, baseY - h, w + 1, h + 2, fill));
    if (opts.roofs && ctx.chance(0.3)) {
      out.push(poly([[x, baseY - h], [x + w / 2, baseY - h - w * 0.35], [x + w, baseY - h]], fill));
    } else if (opts.spires && ctx.chance(0.15)) {
      out.push(rect(x + w / 2 - 3, baseY - h - 40, 6, 42, fill));
    }
    if (opts.windows) {
      const cols = Math.max(1, Math.floor(w / 22));
      const rows = Math.floor((h - 20) / 28);
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          if (!ctx.chance(opts.windowRate || 0.3)) continue;
          out.push(rect(x + 8 + c * ((w - 12) / cols), baseY - h + 16 + r * 28, 8, 12, opts.windows));
        }
      }
    }
    x += w + (opts.gap || 0);
  }
  return g(out, opts.attrs || {});
}

/** Simple house: box + pitched roof. */
function house(x, baseY, w, h, wall, roof, win) {
  return g([
    rect(x, baseY - h, w, h, wall),
    poly([[x - w * 0.08, baseY - h], [x + w / 2, baseY - h - w * 0.42], [x + w * 1.08, baseY - h]], roof),
    win ? rect(x + w * 0.3, baseY - h * 0.7, w * 0.4, h * 0.3, win) : '',
  ]);
}

/** Tapered frond/leaf polygon (used for palms, rice leaves, etc.). */
function frond(len, width, droop, teeth, fill, a = {}) {
  const N = 26;
  const upper = [];
  const lower = [];
  for (let i = 0; i <= N; i++) {
    const s = i / N;
    const cx = len * s;
    const cy = droop * s * s;
    // normal of centreline
    const dx = len;
    const dy = 2 * droop * s;
    const m = Math.hypot(dx, dy);
    const nx = -dy / m;
    const ny = dx / m;
    const w = width * Math.pow(Math.sin(Math.PI * Math.min(1, s * 1.05)), 0.7);
    const t = teeth && i % 2 === 1 ? 0.45 : 1;
    upper.push([cx - nx * w * 0.35, cy - ny * w * 0.35]);
    lower.push([cx + nx * w * t, cy + ny * w * t]);
  }
  return poly([...upper, ...lower.reverse()], fill, a);
}

/** Almond leaf with midrib, base at origin pointing along +x. */
function leaf(len, wid, fill, rib, a = {}) {
  return g(
    [
      pathEl(d`M0 0 Q${len * 0.45} ${-wid} ${len} 0 Q${len * 0.5} ${wid * 0.9} 0 0 Z`, fill),
      rib ? stroke(d`M${len * 0.04} 0 Q${len * 0.5} ${-wid * 0.08} ${len * 0.9} ${-wid * 0.02}`, rib, Math.max(2, wid * 0.06)) : '',
    ],
    a,
  );
}

function cubicPoint(p0, p1, p2, p3, t) {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const e = t * t * t;
  return [a * p0[0] + b * p1[0] + c * p2[0] + e * p3[0], a * p0[1] + b * p1[1] + c * p2[1] + e * p3[1]];
}
function cubicTangent(p0, p1, p2, p3, t) {
  const u = 1 - t;
  const x = 3 * u * u * (p1[0] - p0[0]) + 6 * u * t * (p2[0] - p1[0]) + 3 * t * t * (p3[0] - p2[0]);
  const y = 3 * u * u * (p1[1] - p0[1]) + 6 * u * t * (p2[1] - p1[1]) + 3 * t * t * (p3[1] - p2[1]);
  return Math.atan2(y, x);
}

/** Palm tree: curved trunk + crown of fronds. */
function palm(ctx, x, baseY, h, lean, trunkCol, frondCols, fruit) {
  const top = [x + lean, baseY - h];
  const c1 = [x + lean * 0.1, baseY - h * 0.45];
  const out = [];
  out.push(stroke(d`M${x} ${baseY} Q${c1[0]} ${c1[1]} ${top[0]} ${top[1]}`, trunkCol, h * 0.055));
  for (let i = 1; i < 9; i++) {
    const t = i / 9;
    const px = (1 - t) * (1 - t) * x + 2 * (1 - t) * t * c1[0] + t * t * top[0];
    const py = (1 - t) * (1 - t) * baseY + 2 * (1 - t) * t * c1[1] + t * t * top[1];
    out.push(line(px - h * 0.025, py, px + h * 0.025, py - 4, mix(trunkCol, '#000000', 0.25), 3));
  }
  const n = 9;
  for (let i = 0; i < n; i++) {
    const ang = -170 + (i * 160) / (n - 1) + ctx.rand(-6, 6);
    const len = h * ctx.rand(0.42, 0.55);
    const droop = len * ctx.rand(0.25, 0.45) * (Math.abs(ang + 90) > 40 ? 1 : 0.4);
    out.push(
      g(frond(len, h * 0.055, ang < -90 ? -droop : droop, true, frondCols[i % frondCols.length]), {
        transform: `translate(${f(top[0])} ${f(top[1])}) rotate(${f(ang)})`,
      }),
    );
  }
  if (fruit) {
    for (let i = 0; i < 9; i++) {
      out.push(circle(top[0] + ctx.rand(-22, 22) * (h / 400), top[1] + ctx.rand(6, 40) * (h / 400), (h / 400) * 11, i % 3 ? fruit : mix(fruit, '#000000', 0.25)));
    }
  }
  return g(out);
}

/** Map pin marker, tip at (x, y). */
function pin(x, y, s, fill, hole) {
  return g([
    pathEl(d`M${x} ${y} C${x - 6 * s} ${y - 14 * s} ${x - 16 * s} ${y - 20 * s} ${x - 16 * s} ${y - 32 * s} A${16 * s} ${16 * s} 0 1 1 ${x + 16 * s} ${y - 32 * s} C${x + 16 * s} ${y - 20 * s} ${x + 6 * s} ${y - 14 * s} ${x} ${y} Z`, fill),
    circle(x, y - 32 * s, 6 * s, hole),
  ]);
}

/** Concentric signal arcs centred on (x,y), opening towards `dir` degrees. */
function signal(x, y, n, gap, color, sw, dir = -90, spread = 70) {
  const out = [];
  for (let i = 1; i <= n; i++) {
    const r = gap * i;
    const a0 = ((dir - spread / 2) * Math.PI) / 180;
    const a1 = ((dir + spread / 2) * Math.PI) / 180;
    out.push(
      stroke(d`M${x + r * Math.cos(a0)} ${y + r * Math.sin(a0)} A${r} ${r} 0 0 1 ${x + r * Math.cos(a1)} ${y + r * Math.sin(a1)}`, color, sw, {
        opacity: 1 - (i - 1) * 0.2,
      }),
    );
  }
  return g(out);
}

/** Subtle halftone dot field used as print-like texture in a region. */
function halftone(ctx, x0, y0, x1, y1, step, rMax, color, opacity = 0.18, dir = 'down') {
  const out = [];
  for (let y = y0; y <= y1; y += step) {
    const t = (y - y0) / Math.max(1, y1 - y0);
    const r = rMax * (dir === 'down' ? t : 1 - t);
    if (r < 0.6) continue;
    for (let x = x0 + ((y / step) % 2 ? step / 2 : 0); x <= x1; x += step) out.push(circle(x, y, r, color));
  }
  return g(out, { opacity });
}

/* ------------------------------------------------------------------------ */
/* Motif library                                                             */
/* ------------------------------------------------------------------------ */

/** Coffee branch with cherries; variants: map pins over a plotted farm, or rain. */
function motifCoffee(ctx, o = {}) {
  const { p } = ctx;
  const out = [];
  if (o.rain) {
    out.push(sky(ctx, mix(p.muted, p.bg, 0.35), p.bg));
  } else {
    out.push(sky(ctx, p.bg, p.bg2));
    out.push(circle(380, 250, 170, mix(p.bg, p.light, 0.7)));
  }
  // Highland hills
  out.push(hills(ctx, 560, 70, mix(p.leaf, p.bg, 0.6)));
  out.push(hills(ctx, 660, 60, mix(p.leaf, p.bg, 0.35)));
  out.push(hills(ctx, 760, 50, mix(p.leaf, p.ink, 0.1)));
  // Rows of coffee shrubs on the front hill
  for (let r = 0; r < 3; r++) {
    for (let i = 0; i < 16; i++) {
      const x = 40 + i * 105 + (r % 2) * 50 + ctx.rand(-10, 10);
      const y = 800 + r * 40 + ctx.rand(-6, 6);
      out.push(ellipse(x, y, 34 - r * 2, 20, mix(p.leaf, p.ink, 0.3 + r * 0.05)));
    }
  }
  if (o.map) {
    // Surveyed farm plot: dashed boundary with pins at the corners
    const pts = [[140, 640], [430, 600], [560, 700], [470, 830], [180, 820]];
    out.push(poly(pts, p.land, { opacity: 0.35 }));
    out.push(poly(pts, 'none', { stroke: p.light, 'stroke-width': 5, 'stroke-dasharray': '18 12', 'stroke-linejoin': 'round' }));
    pts.forEach(([x, y], i) => out.push(pin(x, y, i === 2 ? 1.9 : 1.3, i === 2 ? p.accent : p.deep, p.light)));
  }
  if (o.rain) {
    out.push(cloud(300, 150, 1.6, mix(p.muted, p.light, 0.35)));
    out.push(cloud(760, 110, 1.2, mix(p.muted, p.light, 0.5)));
  }
  // Branch
  const P0 = [1720, 40];
  const P1 = [1380, 130];
  const P2 = [1120, 260];
  const P3 = [720, 560];
  out.push(stroke(d`M${P0[0]} ${P0[1]} C${P1[0]} ${P1[1]} ${P2[0]} ${P2[1]} ${P3[0]} ${P3[1]}`, mix(p.ink, p.land, 0.35), 18));
  const leafA = p.leaf;
  const leafB = mix(p.leaf, p.ink, 0.35);
  const rib = mix(p.leaf, p.light, 0.45);
  const cherries = [];
  // Ripe-cherry red, pulled toward the section accent so it stays in the palette family
  const cherry = mix(p.accent, '#B8322A', 0.6);
  const nodes = [0.12, 0.3, 0.48, 0.66, 0.84];
  nodes.forEach((t, i) => {
    const [x, y] = cubicPoint(P0, P1, P2, P3, t);
    const ang = (cubicTangent(P0, P1, P2, P3, t) * 180) / Math.PI;
    const len = 230 - i * 10 + ctx.rand(-15, 15);
    out.push(leaf(len, 62, i % 2 ? leafA : leafB, rib, { transform: `translate(${f(x)} ${f(y)}) rotate(${f(ang - 62)})` }));
    out.push(leaf(len * 0.92, 58, i % 2 ? leafB : leafA, rib, { transform: `translate(${f(x)} ${f(y)}) rotate(${f(ang + 58)})` }));
    // cherry cluster around the node
    const n = 8 + ctx.int(0, 3);
    for (let k = 0; k < n; k++) {
      const a = (k / n) * Math.PI * 2 + ctx.rand(-0.3, 0.3);
      const rr = ctx.rand(18, 38);
      const cx = x + Math.cos(a) * rr;
      const cy = y + Math.sin(a) * rr * 0.8 + 14;
      const r = ctx.rand(18, 24);
      let col = ctx.pick([cherry, cherry, mix(cherry, p.ink, 0.25), mix(cherry, p.light, 0.15)]);
      if (!o.rain && ctx.chance(0.18)) col = mix(p.leaf, p.land, 0.55);
      if (o.rain && ctx.chance(0.4)) col = mix(p.ink, p.deep, 0.2);
      cherries.push(circle(cx, cy, r, col));
      cherries.push(circle(cx - r * 0.35, cy - r * 0.35, r * 0.22, p.light, { opacity: 0.55 }));
    }
  });
  const [ex, ey] = P3;
  out.push(leaf(150, 42, leafA, rib, { transform: `translate(${f(ex)} ${f(ey)}) rotate(170)` }));
  out.push(leaf(130, 38, leafB, rib, { transform: `translate(${f(ex)} ${f(ey)}) rotate(120)` }));
  out.push(...cherries);
  if (o.rain) {
    out.push(rain(ctx, 0, -40, W + 200, H, 170, mix(p.muted, p.ink, 0.35), 54));
    // Fallen dark cherries on the ground
    for (let i = 0; i < 14; i++) out.push(circle(ctx.rand(600, 1400), ctx.rand(850, 890), 9, mix(p.ink, p.deep, 0.3)));
  }
  return out;
}

/** Sea wall. Variant 'pumps': king tide overtopping a wall beside idle pump pipes. Variant 'gallery': framed artworks on a wall with the sea above. */
function motifSeawall(ctx, o = {}) {
  const { p } = ctx;
  const out = [];
  if (o.variant === 'gallery') {
    out.push(sky(ctx, mix(p.bg, p.light, 0.4), p.bg2, 0.4));
    out.push(circle(1260, 150, 80, mix(p.accent, p.bg, 0.35)));
    // Sea peeking above the wall, higher than the promenade
    out.push(wave(250, 16, 200, 30, mix(p.water, p.bg, 0.45)));
    out.push(wave(285, 14, 160, 90, mix(p.water, p.bg, 0.15)));
    out.push(wave(310, 12, 130, 10, p.water));
    // The wall
    const top = 330;
    const bot = 720;
    out.push(rect(0, top, W, bot - top, mix(p.land, p.bg, 0.55)));
    out.push(rect(0, top - 14, W, 22, mix(p.land, p.ink, 0.15)));
    for (let x = 0; x < W; x += 200) out.push(rect(x, top + 8, 3, bot - top - 8, mix(p.land, p.ink, 0.12), { opacity: 0.6 }));
    // Painted high-water line across the wall
    out.push(line(0, top + 70, W, top + 70, p.water, 6, { 'stroke-dasharray': '26 16', 'stroke-linecap': 'butt' }));
    // Framed artworks
    const frames = [
      [120, 420, 260, 200],
      [470, 400, 330, 250],
      [890, 430, 240, 180],
      [1220, 410, 280, 220],
    ];
    frames.forEach(([x, y, w, h], i) => {
      out.push(rect(x + 10, y + 12, w, h, p.ink, { opacity: 0.18 }));
      out.push(rect(x, y, w, h, p.ink));
      out.push(rect(x + 10, y + 10, w - 20, h - 20, p.light));
      const ix = x + 24;
      const iy = y + 24;
      const iw = w - 48;
      const ih = h - 48;
      const clip = ctx.clip(rect(ix, iy, iw, ih, '#000'));
      let art;
      if (i === 0) {
        art = [rect(ix, iy, iw, ih, p.accent), circle(ix + iw * 0.65, iy + ih * 0.35, ih * 0.25, p.light), wave(iy + ih * 0.65, 10, 70, 0, p.deep)];
      } else if (i === 1) {
        art = [rect(ix, iy, iw, ih, mix(p.water, p.light, 0.55))];
        for (let k = 0; k < 5; k++) art.push(house(ix + 20 + k * 52, iy + ih * 0.8, 40, 40, p.deep, p.accent));
        art.push(wave(iy + ih * 0.62, 12, 90, 20, p.water, { opacity: 0.85 }));
      } else if (i === 2) {
        art = [rect(ix, iy, iw, ih, p.deep)];
        for (let k = 0; k < 5; k++) art.push(rect(ix + k * (iw / 5), iy + ih - (k + 1) * (ih / 6), iw / 5 - 8, (k + 1) * (ih / 6), k === 4 ? p.accent : mix(p.land, p.light, 0.3)));
      } else {
        art = [rect(ix, iy, iw, ih, mix(p.land, p.light, 0.2))];
        for (let k = 0; k < 6; k++) art.push(waveLine(ix - 20, ix + iw + 20, iy + 24 + k * 26, 10, 60, k % 2 ? p.water : p.deep, 7));
      }
      out.push(g(art, { 'clip-path': clip }));
    });
    // Promenade and visitors
    out.push(rect(0, bot, W, H - bot, mix(p.land, p.ink, 0.2)));
    out.push(rect(0, bot, W, 14, mix(p.land, p.ink, 0.35)));
    const shadow = mix(p.land, p.ink, 0.45);
    out.push(person(330, 860, 150, p.deep, p.ink, { shadow }));
    out.push(person(640, 880, 170, p.accent, p.ink, { walk: true, shadow, legs: p.ink }));
    out.push(person(700, 872, 120, p.water, p.ink, { shadow, legs: p.ink }));
    out.push(person(1060, 866, 156, mix(p.deep, p.ink, 0.3), p.ink, { walk: true, shadow }));
    out.push(person(1380, 878, 166, p.leaf, p.ink, { shadow, legs: p.ink }));
    return out;
  }
  // --- 'pumps': cross-section, sea on the left higher than the town ---
  out.push(sky(ctx, mix(p.water, p.ink, 0.55), mix(p.water, p.bg, 0.45)));
  out.push(circle(250, 150, 120, p.light, { opacity: 0.1 }));
  out.push(circle(250, 150, 72, p.light, { opacity: 0.92 }));
  const wallX = 560;
  const wallW = 70;
  const wallTop = 330;
  const seaY = 380;
  const ground = 770;
  const landClip = ctx.clip(rect(wallX + wallW, 0, W, H, '#000'));
  const seaClip = ctx.clip(rect(0, 0, wallX, H, '#000'));
  // Town skyline and houses beyond the wall
  out.push(g(skylineBand(ctx, ground - 110, wallX, W + 20, 60, 200, mix(p.water, p.ink, 0.45), { windows: mix(p.land, p.light, 0.4), windowRate: 0.12 }), { 'clip-path': landClip }));
  for (let i = 0; i < 5; i++) {
    const x = 1120 + i * 98;
    out.push(house(x, ground, 80, 92 + (i % 3) * 16, mix(p.light, p.land, 0.3), i % 2 ? p.accent : p.deep, p.ink));
  }
  // Pump house with outlet pipes running through the wall to the sea side
  const phX = 860;
  out.push(rect(phX, ground - 230, 220, 230, mix(p.light, p.muted, 0.35)));
  out.push(poly([[phX - 14, ground - 230], [phX + 110, ground - 290], [phX + 234, ground - 230]], p.deep));
  out.push(rect(phX + 80, ground - 120, 60, 120, p.ink));
  out.push(rect(phX + 30, ground - 200, 50, 40, p.ink, { opacity: 0.85 }));
  out.push(rect(phX + 140, ground - 200, 50, 40, p.ink, { opacity: 0.85 }));
  const pipeCol = mix(p.muted, p.ink, 0.5);
  for (const py of [ground - 200, ground - 120]) {
    out.push(rect(wallX - 90, py - 24, phX - wallX + 100, 48, pipeCol));
    out.push(rect(wallX + wallW + 40, py - 30, 16, 60, mix(pipeCol, p.ink, 0.3)));
  }
  // Sea (left of wall)
  out.push(g([
    rect(0, seaY, wallX, H - seaY, p.water),
    wave(seaY - 6, 18, 170, 40, mix(p.water, p.light, 0.22), {}, seaY + 50),
    ...[0, 1, 2, 3, 4, 5].map((k) => waveLine(-40, wallX + 40, seaY + 100 + k * 66, 10, 120, mix(p.water, p.ink, 0.3), 6)),
  ], { 'clip-path': seaClip }));
  // Idle outlets on the sea side of the pipes
  for (const py of [ground - 200, ground - 120]) {
    out.push(rect(wallX - 90, py - 24, 92, 48, pipeCol));
    out.push(ellipse(wallX - 90, py, 16, 28, mix(pipeCol, p.ink, 0.4)));
    out.push(ellipse(wallX - 90, py, 10, 19, p.ink));
  }
  // Wall
  out.push(rect(wallX, wallTop, wallW, H - wallTop, mix(p.muted, p.ink, 0.35)));
  out.push(rect(wallX - 8, wallTop - 14, wallW + 16, 18, mix(p.muted, p.ink, 0.5)));
  // Crest rising against the wall and a curtain of water pouring over it
  const water = mix(p.water, p.light, 0.18);
  out.push(pathEl(d`M${wallX - 330} ${seaY + 10} C${wallX - 200} ${seaY} ${wallX - 110} ${wallTop - 110} ${wallX + 10} ${wallTop - 100} C${wallX + 110} ${wallTop - 92} ${wallX + 170} ${wallTop - 20} ${wallX + 180} ${wallTop + 90} C${wallX + 186} ${wallTop + 200} ${wallX + 200} ${ground - 120} ${wallX + 230} ${ground - 30} L${wallX + wallW} ${ground - 30} L${wallX + wallW} ${wallTop - 10} C${wallX + 40} ${wallTop - 40} ${wallX - 60} ${wallTop - 20} ${wallX - 130} ${seaY + 10} Z`, water));
  out.push(pathEl(d`M${wallX - 250} ${seaY - 20} C${wallX - 150} ${wallTop - 80} ${wallX - 40} ${wallTop - 104} ${wallX + 60} ${wallTop - 88} C${wallX - 30} ${wallTop - 80} ${wallX - 140} ${wallTop - 50} ${wallX - 250} ${seaY - 20} Z`, p.light, { opacity: 0.85 }));
  for (let k = 0; k < 4; k++) out.push(stroke(d`M${wallX + 95 + k * 20} ${wallTop - 30 + k * 10} C${wallX + 130 + k * 18} ${wallTop + 30} ${wallX + 135 + k * 18} ${wallTop + 200} ${wallX + 150 + k * 20} ${ground - 60}`, p.light, 3, { opacity: 0.45 }));
  for (let i = 0; i < 22; i++) out.push(circle(wallX + ctx.rand(-140, 180), wallTop - ctx.rand(95, 170), ctx.rand(4, 10), p.light, { opacity: 0.8 }));
  // Flood water in the town
  out.push(g([
    wave(ground - 40, 8, 120, 10, p.water, { opacity: 0.9 }),
    wave(ground - 6, 6, 90, 60, mix(p.water, p.ink, 0.25), { opacity: 0.95 }),
    ...[0, 1, 2, 3].map((k) => waveLine(wallX + 120, W + 40, ground + 40 + k * 30, 6, 80, mix(p.water, p.light, 0.35), 4, { opacity: 0.7 })),
  ], { 'clip-path': landClip }));
  return out;
}

/** River sensor on a bridge, rain, signal arcs to a phone showing a wave alert. */
function motifRiverSensor(ctx) {
  const { p } = ctx;
  const out = [];
  out.push(sky(ctx, mix(p.muted, p.deep, 0.35), mix(p.bg2, p.bg, 0.3)));
  out.push(cloud(280, 130, 1.7, mix(p.muted, p.light, 0.25)));
  out.push(cloud(700, 90, 1.1, mix(p.muted, p.light, 0.4)));
  out.push(cloud(1500, 140, 1.4, mix(p.muted, p.light, 0.3)));
  out.push(skylineBand(ctx, 600, -20, W + 20, 60, 230, mix(p.muted, p.deep, 0.25), { windows: mix(p.bg, p.light, 0.5), windowRate: 0.18 }));
  out.push(rain(ctx, 0, 0, W + 200, 560, 120, p.light, 40, { opacity: 0.5 }));
  // River
  out.push(rect(0, 640, W, H - 640, p.water));
  for (let k = 0; k < 6; k++) out.push(waveLine(-60 + k * 13, W + 60, 690 + k * 36, 7, 120 - k * 6, mix(p.water, p.light, 0.3), 4, { opacity: 0.8 }));
  // Bridge deck, railing and piers
  const deck = 560;
  for (const px of [300, 1300]) {
    out.push(rect(px - 40, deck + 30, 80, H - deck, mix(p.land, p.ink, 0.25)));
    // staff gauge
    for (let k = 0; k < 8; k++) out.push(rect(px - 40, 660 + k * 26, 24, 13, k % 2 ? p.light : p.accent));
  }
  out.push(rect(-10, deck, W + 20, 44, mix(p.land, p.ink, 0.15)));
  out.push(rect(-10, deck + 44, W + 20, 10, mix(p.land, p.ink, 0.45)));
  out.push(rect(-10, deck - 46, W + 20, 6, p.ink));
  for (let x = 10; x < W; x += 44) out.push(rect(x, deck - 44, 5, 44, p.ink));
  // Sensor mast
  const sx = 800;
  out.push(rect(sx - 6, deck - 250, 12, 260, p.ink));
  out.push(poly([[sx - 70, deck - 250], [sx + 70, deck - 250], [sx + 50, deck - 290], [sx - 50, deck - 290]], p.deep));
  for (let k = 1; k < 4; k++) out.push(line(sx - 70 + k * 35, deck - 250, sx - 50 + k * 25, deck - 290, p.water, 2));
  out.push(signal(sx, deck - 300, 3, 38, p.accent, 8));
  // Sensor box under deck with beam to water
  out.push(rect(sx - 34, deck + 54, 68, 42, p.accent, { rx: 8 }));
  for (let k = 0; k < 4; k++) out.push(line(sx - 18 + k * 12, deck + 104, sx - 40 + k * 27, 650, p.light, 3, { 'stroke-dasharray': '6 10', opacity: 0.8 }));
  // Phone with wave alert
  const ph = [1190, 110, 200, 360];
  out.push(rect(ph[0] + 12, ph[1] + 14, ph[2], ph[3], p.ink, { rx: 30, opacity: 0.25 }));
  out.push(rect(ph[0], ph[1], ph[2], ph[3], p.ink, { rx: 30 }));
  out.push(rect(ph[0] + 14, ph[1] + 30, ph[2] - 28, ph[3] - 60, p.light, { rx: 10 }));
  out.push(circle(ph[0] + ph[2] / 2, ph[1] + 150, 58, p.accent));
  for (let k = 0; k < 3; k++) out.push(waveLine(ph[0] + ph[2] / 2 - 34, ph[0] + ph[2] / 2 + 30, ph[1] + 128 + k * 20, 6, 24, p.light, 5));
  out.push(rect(ph[0] + 40, ph[1] + 232, ph[2] - 80, 14, p.muted, { rx: 7 }));
  out.push(rect(ph[0] + 40, ph[1] + 258, ph[2] - 110, 14, p.muted, { rx: 7 }));
  out.push(signal(ph[0] - 30, ph[1] + 160, 3, 26, p.accent, 6, 180, 70));
  return out;
}

/** Palm trees, a fuel drop containing palm fruit, and falling export bars. */
function motifPalmFuel(ctx) {
  const { p } = ctx;
  const out = [];
  out.push(sky(ctx, p.bg, p.bg2));
  out.push(circle(1120, 390, 330, mix(p.bg2, p.light, 0.35)));
  out.push(hills(ctx, 720, 30, mix(p.leaf, p.bg, 0.55)));
  // Plantation rows
  for (let i = 0; i < 7; i++) {
    out.push(palm(ctx, 40 + i * 95, 760, 220, ctx.rand(-20, 20), mix(p.land, p.ink, 0.35), [mix(p.leaf, p.bg, 0.35), mix(p.leaf, p.bg, 0.2)]));
  }
  out.push(palm(ctx, 260, 900, 560, 50, mix(p.land, p.ink, 0.45), [p.leaf, mix(p.leaf, p.ink, 0.3)], p.accent));
  out.push(rect(0, 760, W, H - 760, mix(p.leaf, p.ink, 0.35)));
  out.push(palm(ctx, 520, 900, 420, -30, mix(p.land, p.ink, 0.5), [mix(p.leaf, p.ink, 0.15), mix(p.leaf, p.ink, 0.4)], mix(p.accent, p.ink, 0.15)));
  // Bars (exports) falling
  const base = 770;
  const heights = [420, 350, 270, 190];
  heights.forEach((h, i) => {
    const x = 860 + i * 150;
    out.push(rect(x, base - h, 100, h, i === 3 ? p.deep : mix(p.deep, p.bg, 0.35)));
  });
  out.push(rect(830, base, 640, 8, p.ink));
  out.push(polyline([[900, 300], [1050, 370], [1200, 450], [1360, 530]], p.ink, 8));
  out.push(poly([[1395, 548], [1338, 552], [1364, 504]], p.ink));
  // Fuel drop holding palm fruit
  const dx = 1350;
  const dy = 270;
  out.push(pathEl(d`M${dx} ${dy - 170} C${dx + 40} ${dy - 90} ${dx + 110} ${dy - 30} ${dx + 110} ${dy + 40} A110 110 0 0 1 ${dx - 110} ${dy + 40} C${dx - 110} ${dy - 30} ${dx - 40} ${dy - 90} ${dx} ${dy - 170} Z`, p.accent));
  for (let i = 0; i < 12; i++) {
    const a = ctx.rand(0, Math.PI * 2);
    const r = ctx.rand(0, 46);
    out.push(circle(dx + Math.cos(a) * r, dy + 50 + Math.sin(a) * r * 0.8, 16, i % 3 ? mix(p.accent, p.deep, 0.55) : p.deep));
  }
  out.push(ellipse(dx - 50, dy - 10, 14, 30, p.light, { opacity: 0.5, transform: `rotate(25 ${dx - 50} ${dy - 10})` }));
  out.push(stroke(d`M440 420 C620 160 980 80 1190 200`, p.deep, 5, { 'stroke-dasharray': '4 16', opacity: 0.7 }));
  return out;
}

/** Cracked dry riverbed, a half-built sand dam (rest in dashed outline) and pledge vs payment coin stacks. */
function motifFinanceGap(ctx) {
  const { p } = ctx;
  const out = [];
  out.push(sky(ctx, mix(p.bg, p.light, 0.3), mix(p.land, p.bg, 0.55)));
  out.push(circle(1280, 210, 120, mix(p.accent, p.bg, 0.25)));
  // Distant acacias
  out.push(hills(ctx, 560, 30, mix(p.land, p.bg, 0.4)));
  for (const [x, s] of [[180, 1], [420, 0.7], [1500, 0.85]]) {
    out.push(line(x, 560, x + 10 * s, 430 * (1 + (1 - s) * 0.2), mix(p.ink, p.land, 0.3), 12 * s));
    out.push(ellipse(x + 10 * s, 430 * (1 + (1 - s) * 0.2), 120 * s, 30 * s, mix(p.leaf, p.ink, 0.2)));
  }
  // Banks and riverbed
  out.push(rect(0, 600, W, H - 600, mix(p.land, p.bg, 0.15)));
  const bed = pathEl(d`M-10 900 L-10 720 C300 690 500 650 800 650 C1100 650 1300 690 1610 720 L1610 900 Z`, mix(p.land, p.light, 0.35));
  out.push(bed);
  // Cracks
  const crack = mix(p.land, p.ink, 0.35);
  for (let i = 0; i < 26; i++) {
    let x = ctx.rand(40, W - 40);
    let y = ctx.rand(700, 880);
    const pts = [[x, y]];
    for (let k = 0; k < 4; k++) {
      x += ctx.rand(-50, 50);
      y += ctx.rand(-24, 24);
      pts.push([x, Math.min(895, Math.max(690, y))]);
    }
    out.push(polyline(pts, crack, 3));
  }
  // Sand dam: built blocks on left, dashed planned outline on right
  const dTop = 600;
  const blockW = 70;
  for (let x = 120, i = 0; x < 1480; x += blockW, i++) {
    for (let r = 0; r < 3; r++) {
      const bx = x + (r % 2) * (blockW / 2);
      const by = dTop + r * 40;
      if (bx > 1440) continue;
      if (bx < 760) out.push(rect(bx, by, blockW - 6, 34, r === 0 ? mix(p.muted, p.ink, 0.15) : mix(p.muted, p.ink, 0.3), { rx: 4 }));
      else out.push(rect(bx, by, blockW - 6, 34, 'none', { rx: 4, stroke: p.deep, 'stroke-width': 3, 'stroke-dasharray': '10 8', opacity: 0.65 }));
    }
  }
  // Coin stacks: tall outlined "pledged" vs short filled "paid"
  const coin = (x, y, fill, dashed) =>
    ellipse(x, y, 70, 20, fill, dashed ? { stroke: p.deep, 'stroke-width': 3, 'stroke-dasharray': '10 8' } : { stroke: mix(p.land, p.ink, 0.45), 'stroke-width': 3 });
  for (let i = 0; i < 14; i++) out.push(coin(1010, 560 - i * 24, 'none', true));
  for (let i = 0; i < 4; i++) out.push(coin(1190, 560 - i * 24, mix(p.accent, p.land, 0.4), false));
  out.push(line(1010, 200, 1010, 230, p.deep, 4));
  out.push(polyline([[1100, 250], [1100, 470]], p.accent, 6, { 'stroke-dasharray': '2 14' }));
  out.push(poly([[1084, 455], [1116, 455], [1100, 485]], p.accent));
  return out;
}

/** Office towers with sparse lit windows and a rising line chart. */
function motifTowers(ctx) {
  const { p } = ctx;
  const out = [];
  out.push(sky(ctx, mix(p.bg, p.light, 0.4), p.bg2));
  out.push(skylineBand(ctx, 900, -20, W + 20, 140, 320, mix(p.bg2, p.muted, 0.45), { spires: true }));
  const towers = [
    [90, 200, 560, p.deep],
    [320, 170, 430, p.water],
    [520, 230, 700, mix(p.deep, p.ink, 0.25)],
    [780, 180, 520, p.muted],
    [990, 220, 640, p.water],
    [1240, 160, 460, p.deep],
    [1420, 200, 600, mix(p.deep, p.ink, 0.25)],
  ];
  towers.forEach(([x, w, h, col], ti) => {
    const top = 900 - h;
    out.push(rect(x, top, w, h, col));
    if (ti % 3 === 0) out.push(poly([[x, top], [x + w, top - 60], [x + w, top]], col));
    if (ti % 3 === 1) out.push(rect(x + w / 2 - 4, top - 90, 8, 90, col));
    const cols = Math.floor((w - 24) / 28);
    const rows = Math.floor((h - 40) / 34);
    const cw = (w - 24) / cols;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const lit = ctx.chance(0.22);
        out.push(rect(x + 12 + c * cw + 3, top + 26 + r * 34, cw - 6, 22, lit ? p.accent : mix(col, p.light, 0.22)));
      }
    }
  });
  // Rising vacancy line
  const pts = [[80, 420], [330, 390], [560, 330], [800, 300], [1020, 230], [1250, 200], [1500, 110]];
  out.push(polyline(pts, p.light, 22, { opacity: 0.85 }));
  out.push(polyline(pts, p.accent, 9));
  pts.forEach(([x, y], i) => out.push(circle(x, y, i === pts.length - 1 ? 24 : 12, i === pts.length - 1 ? p.accent : p.light, { stroke: p.accent, 'stroke-width': 6 })));
  return out;
}

/** A flyover towering over a narrow sidewalk with one pedestrian. */
function motifFlyover(ctx) {
  const { p } = ctx;
  const out = [];
  out.push(sky(ctx, mix(p.bg, p.light, 0.35), p.bg2));
  out.push(circle(1300, 170, 90, mix(p.accent, p.bg, 0.45)));
  out.push(skylineBand(ctx, 700, -20, W + 20, 120, 380, mix(p.muted, p.bg, 0.45), { windows: mix(p.bg, p.light, 0.5), windowRate: 0.25 }));
  // Road
  out.push(rect(0, 700, W, 110, mix(p.deep, p.ink, 0.35)));
  for (let x = 20; x < W; x += 140) out.push(rect(x, 752, 70, 8, p.light, { opacity: 0.6 }));
  // Flyover deck and pillars
  const deckY = (x) => 380 - 60 * Math.sin((x / W) * Math.PI);
  for (const px of [220, 700, 1180]) {
    const y = deckY(px);
    out.push(rect(px - 36, y + 60, 72, 700 - (y + 60), mix(p.land, p.ink, 0.2)));
    out.push(poly([[px - 110, y + 50], [px + 110, y + 50], [px + 40, y + 110], [px - 40, y + 110]], mix(p.land, p.ink, 0.3)));
  }
  let dTop = d`M-20 ${deckY(-20)}`;
  for (let x = 40; x <= W + 40; x += 60) dTop += d` L${x} ${deckY(x)}`;
  let dBot = '';
  for (let x = W + 40; x >= -20; x -= 60) dBot += d` L${x} ${deckY(x) + 62}`;
  out.push(pathEl(dTop + dBot + ' Z', mix(p.land, p.light, 0.25)));
  let rail = '';
  for (let x = -20; x <= W + 40; x += 60) rail += d`${x === -20 ? 'M' : 'L'}${x} ${deckY(x) + 44}`;
  out.push(stroke(rail, mix(p.land, p.ink, 0.35), 10));
  // Cars on deck
  const cars = [[140, p.accent], [420, p.water], [640, p.deep], [980, p.accent], [1260, p.leaf], [1460, p.water]];
  for (const [x, col] of cars) {
    const y = deckY(x);
    out.push(rect(x - 60, y - 40, 120, 36, col, { rx: 14 }));
    out.push(rect(x - 34, y - 62, 66, 30, col, { rx: 12 }));
    out.push(rect(x - 26, y - 56, 22, 18, p.light, { rx: 4, opacity: 0.7 }));
    out.push(rect(x + 2, y - 56, 22, 18, p.light, { rx: 4, opacity: 0.7 }));
    out.push(circle(x - 34, y - 4, 13, p.ink));
    out.push(circle(x + 34, y - 4, 13, p.ink));
  }
  // Narrow sidewalk in the foreground
  out.push(rect(0, 810, W, 90, mix(p.bg2, p.land, 0.3)));
  out.push(rect(0, 810, W, 14, mix(p.land, p.ink, 0.3)));
  for (let x = 0; x < W; x += 80) out.push(rect(x, 824, 2, 76, mix(p.land, p.ink, 0.2), { opacity: 0.5 }));
  // Parked scooters crowd the sidewalk
  for (const [x, col] of [[980, p.water], [1160, p.deep], [1340, p.accent]]) out.push(g(scooter(col, p.ink, p.light), { transform: tr(x, 878, 0, 0.75) }));
  out.push(person(760, 884, 190, p.accent, p.ink, { walk: true, legs: p.deep, shadow: mix(p.land, p.ink, 0.4) }));
  // Tree
  out.push(rect(316, 620, 16, 200, mix(p.land, p.ink, 0.5)));
  out.push(circle(324, 600, 80, p.leaf));
  out.push(circle(280, 640, 50, mix(p.leaf, p.ink, 0.2)));
  return out;
}

/** Scooter in side view facing right; origin at ground between the wheels. */
function scooter(body, ink, light) {
  return g([
    circle(-72, -30, 30, ink),
    circle(-72, -30, 10, light),
    circle(76, -30, 30, ink),
    circle(76, -30, 10, light),
    pathEl('M-118 -52 Q-116 -108 -60 -108 L14 -108 Q26 -108 28 -94 L34 -58 Z', body),
    rect(-24, -64, 80, 14, body, { rx: 6 }),
    poly([[40, -58], [62, -58], [98, -158], [80, -160]], body),
    pathEl('M44 -40 Q76 -84 108 -40 Z', body),
    rect(-100, -126, 100, 20, ink, { rx: 10 }),
    line(70, -168, 108, -164, ink, 8),
    circle(100, -146, 8, light),
  ]);
}

/** Ballot box and voting figures; variant 'touchscreen' (joglo hall + voting machine) or 'queue'. */
function motifBallot(ctx, o = {}) {
  const { p } = ctx;
  const out = [];
  const box = (x, y, s, col, lid, slotCol) =>
    g(
      [
        poly([[x - 150 * s, y - 230 * s], [x + 150 * s, y - 230 * s], [x + 120 * s, y - 270 * s], [x - 120 * s, y - 270 * s]], lid),
        rect(x - 150 * s, y - 230 * s, 300 * s, 230 * s, col),
        rect(x - 70 * s, y - 262 * s, 140 * s, 12 * s, slotCol, { rx: 6 * s }),
        circle(x, y - 120 * s, 44 * s, lid),
        circle(x, y - 120 * s, 26 * s, col),
      ],
    );
  if (o.variant === 'touchscreen') {
    out.push(sky(ctx, p.bg, p.bg2));
    // Joglo-style village hall roof
    const roof = mix(p.deep, p.bg, 0.45);
    out.push(poly([[560, 120], [1040, 120], [1200, 300], [400, 300]], roof));
    out.push(poly([[280, 300], [1320, 300], [1520, 420], [80, 420]], mix(p.deep, p.bg, 0.3)));
    out.push(rect(700, 90, 200, 30, roof));
    for (const x of [200, 500, 1100, 1400]) out.push(rect(x - 14, 420, 28, 360, mix(p.land, p.bg, 0.3)));
    out.push(rect(0, 780, W, H - 780, mix(p.land, p.bg, 0.2)));
    for (let x = -40; x < W; x += 120) out.push(poly([[x, 900], [x + 60, 780], [x + 120, 780], [x + 60, 900]], mix(p.land, p.bg, 0.35)));
    // Traditional ballot box with a nail beside it
    out.push(box(360, 780, 0.9, mix(p.light, p.muted, 0.2), p.muted, p.ink));
    // The nail traditionally used to punch the paper ballot
    out.push(g([rect(-4, -150, 8, 140, p.ink), poly([[-4, -10], [4, -10], [0, 12]], p.ink), rect(-16, -160, 32, 12, p.ink, { rx: 4 })], { transform: tr(600, 772, 58) }));
    // Voting machine
    out.push(rect(1020, 640, 24, 150, p.ink));
    out.push(rect(930, 770, 204, 20, p.ink, { rx: 8 }));
    out.push(g([rect(-230, -170, 460, 320, p.ink, { rx: 24 }), rect(-206, -146, 412, 272, p.light, { rx: 8 })], { transform: tr(1032, 480, -4) }));
    const tiles = [];
    for (let r = 0; r < 2; r++) {
      for (let c = 0; c < 3; c++) {
        const x = -190 + c * 134;
        const y = -130 + r * 124;
        const sel = r === 0 && c === 1;
        tiles.push(rect(x, y, 112, 106, sel ? mix(p.accent, p.light, 0.75) : mix(p.bg2, p.light, 0.4), { rx: 8, stroke: sel ? p.accent : 'none', 'stroke-width': 6 }));
        tiles.push(circle(x + 56, y + 38, 20, sel ? p.accent : p.muted));
        tiles.push(pathEl(d`M${x + 22} ${y + 96} Q${x + 56} ${y + 46} ${x + 90} ${y + 96} Z`, sel ? p.accent : p.muted));
        if (sel) {
          tiles.push(circle(x + 98, y + 10, 28, p.leaf));
          tiles.push(polyline([[x + 84, y + 10], [x + 95, y + 22], [x + 113, y - 2]], p.light, 7));
        }
      }
    }
    out.push(g(tiles, { transform: tr(1032, 480, -4) }));
    return out;
  }
  // Queue variant
  out.push(sky(ctx, mix(p.bg, p.light, 0.4), p.bg2));
  out.push(circle(1380, 170, 90, mix(p.land, p.bg, 0.3)));
  // School building
  const sch = mix(p.muted, p.bg, 0.35);
  out.push(rect(80, 330, 1440, 330, sch));
  out.push(poly([[40, 330], [800, 230], [1560, 330]], mix(p.accent, p.bg, 0.4)));
  for (let x = 140; x < 1480; x += 110) {
    out.push(rect(x, 380, 60, 90, mix(p.deep, p.bg, 0.4)));
    out.push(rect(x, 520, 60, 90, mix(p.deep, p.bg, 0.4)));
  }
  out.push(rect(0, 660, W, H - 660, mix(p.land, p.bg, 0.25)));
  out.push(rect(0, 660, W, 10, mix(p.land, p.ink, 0.2)));
  // Queue of voters, heading right toward the box
  const cols = [p.deep, p.accent, p.water, p.leaf, mix(p.deep, p.ink, 0.3), p.land, p.water, p.accent, p.deep];
  for (let i = 0; i < 9; i++) {
    const x = 110 + i * 118 + ctx.rand(-8, 8);
    const h = ctx.rand(210, 260) * (0.82 + i * 0.03);
    const y = 820 + ctx.rand(-4, 4);
    out.push(person(x, y, h, cols[i], p.ink, { shadow: mix(p.land, p.ink, 0.35), umbrella: i === 2 || i === 6 ? mix(p.accent, p.land, 0.3) : null, legs: mix(p.ink, cols[i], 0.3) }));
  }
  out.push(rect(1260, 760, 300, 70, mix(p.land, p.ink, 0.35)));
  out.push(box(1410, 760, 0.8, p.light, p.deep, p.ink));
  out.push(g([rect(-34, -70, 68, 90, p.light, { stroke: p.muted, 'stroke-width': 3 }), line(-18, -46, 18, -46, p.muted, 5), line(-18, -26, 8, -26, p.muted, 5)], { transform: tr(1410, 540, 10) }));
  return out;
}

/** Sea scenes. variant 'natuna': small wooden boats, pair trawlers on the horizon. 'tuna': purse seiner above a school of tuna. 'port': container ships at anchor, idle cranes. */
function motifSea(ctx, o = {}) {
  const { p } = ctx;
  const out = [];
  if (o.variant === 'tuna') {
    const sea = 340;
    out.push(rect(0, 0, W, sea, ctx.lin([[0, mix(p.bg, p.light, 0.4)], [1, p.bg2]])));
    out.push(circle(280, 190, 80, mix(p.land, p.bg, 0.3)));
    out.push(rect(0, sea, W, H - sea, ctx.lin([[0, p.water], [1, mix(p.deep, p.ink, 0.4)]])));
    // light shafts
    for (let i = 0; i < 5; i++) out.push(poly([[200 + i * 300, sea], [280 + i * 300, sea], [120 + i * 300, H], [-40 + i * 300, H]], p.light, { opacity: 0.05 }));
    // Vessel
    const vx = 760;
    out.push(pathEl(d`M${vx - 260} ${sea - 70} L${vx + 250} ${sea - 90} L${vx + 190} ${sea + 30} L${vx - 220} ${sea + 30} Z`, p.deep));
    out.push(rect(vx - 222, sea + 4, 420, 10, p.accent));
    out.push(rect(vx + 40, sea - 190, 150, 110, p.light));
    out.push(rect(vx + 60, sea - 168, 110, 22, p.deep));
    out.push(rect(vx + 90, sea - 240, 18, 52, p.ink));
    out.push(line(vx - 120, sea - 80, vx - 60, sea - 280, p.ink, 10));
    out.push(line(vx - 60, sea - 280, vx - 250, sea - 120, p.ink, 5));
    out.push(ellipse(vx - 190, sea - 78, 70, 22, mix(p.muted, p.ink, 0.4)));
    // Open purse-seine net
    const net = [];
    const nx = vx;
    for (let k = 0; k <= 24; k++) {
      const a = Math.PI * 0.05 + (k / 24) * Math.PI * 1.25;
      net.push([nx - 60 + Math.cos(a) * 430, sea + 260 + Math.sin(a) * 240 - 260 * (1 - Math.sin(Math.min(Math.PI, a))) * 0]);
    }
    const netPath = d`M${nx + 180} ${sea + 30} C${nx + 420} ${sea + 120} ${nx + 420} ${sea + 470} ${nx - 40} ${sea + 500} C${nx - 480} ${sea + 520} ${nx - 560} ${sea + 200} ${nx - 380} ${sea + 30}`;
    out.push(stroke(netPath, p.light, 4, { 'stroke-dasharray': '3 9', opacity: 0.8 }));
    for (let k = 0; k < 14; k++) out.push(circle(nx - 380 + k * 42, sea + 16, 8, p.accent));
    // Tuna school
    const tuna = (x, y, l, col, belly, flip) => {
      const s = [
        pathEl(d`M${l} 0 C${l * 0.85} ${-l * 0.17} ${l * 0.45} ${-l * 0.21} ${l * 0.16} ${-l * 0.05} L0 ${-l * 0.19} L${l * 0.06} 0 L0 ${l * 0.19} L${l * 0.16} ${l * 0.05} C${l * 0.45} ${l * 0.21} ${l * 0.85} ${l * 0.17} ${l} 0 Z`, col),
        pathEl(d`M${l} 0 C${l * 0.8} ${l * 0.17} ${l * 0.45} ${l * 0.2} ${l * 0.2} ${l * 0.05} L${l * 0.5} ${l * 0.02} Z`, belly),
        poly([[l * 0.5, -l * 0.14], [l * 0.42, -l * 0.3], [l * 0.36, -l * 0.12]], col),
        circle(l * 0.86, -l * 0.03, l * 0.025, p.light),
      ];
      return g(s, { transform: `translate(${f(x)} ${f(y)})${flip ? ' scale(-1 1)' : ''}` });
    };
    for (let i = 0; i < 16; i++) {
      const x = ctx.rand(200, 1500);
      const y = ctx.rand(520, 860);
      const l = ctx.rand(110, 190);
      out.push(tuna(x, y, l, i % 3 ? mix(p.deep, p.muted, 0.35) : mix(p.water, p.light, 0.25), mix(p.light, p.muted, 0.3), i % 4 === 0));
    }
    out.push(wave(sea, 6, 120, 0, p.water, { opacity: 0.7 }, sea + 14));
    return out;
  }
  if (o.variant === 'port') {
    const hz = 470;
    out.push(rect(0, 0, W, hz, ctx.lin([[0, mix(p.bg, p.light, 0.4)], [1, mix(p.accent, p.bg, 0.75)]])));
    out.push(circle(1180, 360, 110, mix(p.accent, p.bg, 0.4)));
    out.push(hills(ctx, hz - 10, 30, mix(p.muted, p.bg, 0.4), {}, 3));
    out.push(rect(0, hz, W, H - hz, ctx.lin([[0, mix(p.water, p.bg, 0.25)], [1, p.water]])));
    for (let k = 0; k < 8; k++) out.push(waveLine(-40, W + 40, hz + 30 + k * 52, 5, 140, mix(p.water, p.light, 0.3), 3, { opacity: 0.6 }));
    const contCols = [p.accent, p.water, p.land, p.deep, p.muted, mix(p.accent, p.land, 0.5)];
    const ship = (x, y, L) => {
      const s = [];
      const hh = L * 0.09;
      s.push(pathEl(d`M${x} ${y - hh} L${x + L} ${y - hh} L${x + L * 0.96} ${y + hh * 0.55} L${x + L * 0.08} ${y + hh * 0.55} Z`, p.ink));
      s.push(rect(x + L * 0.07, y + hh * 0.2, L * 0.89, hh * 0.35, p.accent));
      const cw = L / 24;
      const ch = L * 0.035;
      for (let c = 0; c < 15; c++) {
        const stack = ctx.int(2, 4);
        for (let r = 0; r < stack; r++) s.push(rect(x + L * 0.1 + c * cw, y - hh - (r + 1) * ch, cw - 2, ch - 2, ctx.pick(contCols)));
      }
      s.push(rect(x + L * 0.8, y - hh - L * 0.2, L * 0.1, L * 0.2, p.light));
      s.push(rect(x + L * 0.8, y - hh - L * 0.2, L * 0.1, L * 0.025, p.deep));
      s.push(rect(x + L * 0.86, y - hh - L * 0.26, L * 0.03, L * 0.07, p.deep));
      s.push(line(x + L * 0.02, y - hh * 0.5, x - L * 0.05, y + hh * 2, p.ink, 2, { opacity: 0.7 }));
      return g(s);
    };
    out.push(ship(980, hz + 30, 300));
    out.push(ship(1330, hz + 60, 240));
    out.push(ship(560, hz + 150, 520));
    // Quay with idle cranes (booms raised)
    out.push(poly([[-10, 640], [360, 640], [460, 900], [-10, 900]], mix(p.land, p.ink, 0.35)));
    for (let r = 0; r < 4; r++) for (let c = 0; c < 4; c++) out.push(rect(20 + c * 74, 640 - (r + 1) * 34, 70, 32, ctx.pick(contCols)));
    const crane = (x, base, hgt, col) =>
      g([
        line(x, base, x + 20, base - hgt, col, 14),
        line(x + 150, base, x + 130, base - hgt, col, 14),
        line(x + 10, base - hgt * 0.45, x + 140, base - hgt * 0.45, col, 10),
        line(x - 40, base - hgt, x + 200, base - hgt, col, 14),
        line(x + 110, base - hgt, x + 190, base - hgt - 240, col, 12),
        line(x + 80, base - hgt - 60, x + 190, base - hgt - 240, col, 4),
        rect(x + 40, base - hgt - 50, 60, 40, p.accent),
      ]);
    out.push(crane(40, 640, 330, p.deep));
    out.push(crane(250, 680, 300, mix(p.deep, p.ink, 0.3)));
    return out;
  }
  // natuna
  const hz = 430;
  out.push(rect(0, 0, W, hz, ctx.lin([[0, mix(p.bg, p.light, 0.3)], [1, mix(p.accent, p.bg, 0.65)]])));
  out.push(circle(420, hz - 40, 120, mix(p.accent, p.bg, 0.3)));
  out.push(rect(0, hz, W, H - hz, ctx.lin([[0, mix(p.water, p.bg, 0.35)], [1, mix(p.water, p.ink, 0.25)]])));
  // Pair trawlers on horizon with net strung between them
  const trawler = (x, y, s) =>
    g([
      pathEl(d`M${x - 110 * s} ${y - 30 * s} L${x + 120 * s} ${y - 40 * s} L${x + 90 * s} ${y} L${x - 90 * s} ${y} Z`, p.ink),
      rect(x + 10 * s, y - 90 * s, 70 * s, 55 * s, p.ink),
      line(x - 40 * s, y - 30 * s, x - 40 * s, y - 150 * s, p.ink, 6 * s),
      line(x - 40 * s, y - 150 * s, x - 120 * s, y - 60 * s, p.ink, 3 * s),
    ]);
  out.push(trawler(1080, hz + 14, 0.9));
  out.push(trawler(1420, hz + 20, 0.9));
  out.push(stroke(d`M1130 ${hz + 10} Q1250 ${hz + 70} 1370 ${hz + 14}`, mix(p.ink, p.water, 0.3), 3));
  for (let k = 0; k < 9; k++) out.push(line(1160 + k * 24, hz + 26 + Math.sin((k / 8) * Math.PI) * 28, 1160 + k * 24, hz + 10, mix(p.ink, p.water, 0.3), 2));
  // Dashed boundary line receding
  out.push(line(800, hz + 4, 1500, H + 20, p.light, 5, { 'stroke-dasharray': '22 20', opacity: 0.55 }));
  for (let k = 0; k < 7; k++) out.push(waveLine(-40, W + 40, hz + 40 + k * 64, 6 + k, 150 + k * 20, mix(p.water, p.light, 0.25), 3 + k * 0.6, { opacity: 0.5 }));
  // Traditional wooden boats
  const boat = (x, y, L, hull, trim, cabin) =>
    g([
      pathEl(d`M${x - L / 2 - L * 0.08} ${y - L * 0.2} Q${x - L * 0.3} ${y + L * 0.1} ${x} ${y + L * 0.1} Q${x + L * 0.3} ${y + L * 0.1} ${x + L / 2 + L * 0.1} ${y - L * 0.24} L${x + L * 0.35} ${y - L * 0.1} L${x - L * 0.35} ${y - L * 0.1} Z`, hull),
      pathEl(d`M${x - L * 0.5} ${y - L * 0.12} Q${x} ${y - L * 0.02} ${x + L * 0.5} ${y - L * 0.15}`, 'none', { stroke: trim, 'stroke-width': L * 0.025 }),
      rect(x - L * 0.12, y - L * 0.27, L * 0.26, L * 0.16, cabin),
      poly([[x - L * 0.16, y - L * 0.27], [x + L * 0.18, y - L * 0.27], [x + L * 0.14, y - L * 0.32], [x - L * 0.12, y - L * 0.32]], trim),
      line(x - L * 0.25, y - L * 0.1, x - L * 0.25, y - L * 0.62, p.ink, L * 0.014),
      rect(x - L * 0.25, y - L * 0.62, L * 0.12, L * 0.07, p.accent),
    ]);
  out.push(boat(380, 660, 420, p.deep, p.land, p.light));
  out.push(boat(800, 780, 560, mix(p.leaf, p.ink, 0.2), p.accent, p.light));
  out.push(boat(140, 840, 380, p.land, p.deep, p.light));
  out.push(wave(870, 10, 160, 40, mix(p.water, p.ink, 0.3), { opacity: 0.9 }));
  return out;
}

/** Tunnel boring under a street with barriers; a train silhouette in the finished bore. */
function motifTunnelTrain(ctx) {
  const { p } = ctx;
  const out = [];
  const surf = 380;
  out.push(rect(0, 0, W, surf, ctx.lin([[0, mix(p.bg, p.light, 0.4)], [1, p.bg2]])));
  out.push(skylineBand(ctx, surf - 30, -20, W + 20, 80, 240, mix(p.muted, p.bg, 0.35), { windows: p.light, windowRate: 0.2 }));
  // Tower crane
  out.push(line(1180, surf - 30, 1180, 50, p.ink, 10));
  out.push(line(960, 60, 1500, 60, p.ink, 10));
  out.push(line(1180, 20, 960, 60, p.ink, 3));
  out.push(line(1180, 20, 1500, 60, p.ink, 3));
  out.push(rect(1400, 60, 4, 130, p.ink));
  out.push(rect(1380, 190, 44, 24, p.accent));
  out.push(rect(1020, 62, 70, 40, p.ink));
  // Street and barriers
  out.push(rect(0, surf - 30, W, 30, mix(p.ink, p.muted, 0.3)));
  for (let x = 200; x < 1100; x += 110) {
    out.push(rect(x, surf - 90, 96, 60, p.light));
    for (let s = 0; s < 4; s++) out.push(poly([[x + s * 26, surf - 90], [x + s * 26 + 14, surf - 90], [x + s * 26 - 6, surf - 30], [x + s * 26 - 20, surf - 30]], p.accent, { 'clip-path': ctx.clip(rect(x, surf - 90, 96, 60, '#000')) }));
  }
  // Ground strata
  const strata = [mix(p.land, p.bg, 0.2), mix(p.land, p.ink, 0.1), mix(p.land, p.ink, 0.25), mix(p.land, p.ink, 0.38)];
  strata.forEach((c, i) => out.push(wave(surf + i * 130, 10, 500, i * 130, c)));
  // Groundbreaking shovels in a mound
  out.push(ellipse(1300, surf + 4, 140, 40, mix(p.land, p.ink, 0.2)));
  for (const [x, rot] of [[1250, -12], [1300, 0], [1350, 12]]) {
    out.push(g([rect(-5, -170, 10, 150, p.deep), rect(-22, -190, 44, 16, p.deep, { rx: 6 }), pathEl('M-26 -24 L26 -24 L22 24 Q0 44 -22 24 Z', p.land)], { transform: tr(x, surf - 10, rot) }));
  }
  // Tunnel bore
  const ty = 660;
  const tr0 = 150;
  const tEnd = 1240;
  out.push(rect(-20, ty - tr0, tEnd + 20, tr0 * 2, mix(p.ink, p.deep, 0.2)));
  for (let x = 40; x < tEnd; x += 90) out.push(rect(x, ty - tr0, 8, tr0 * 2, mix(p.ink, p.deep, 0.45)));
  out.push(rect(-20, ty + tr0 - 30, tEnd + 20, 30, mix(p.ink, p.muted, 0.25)));
  // Train in the finished bore
  const trainY = ty + tr0 - 36;
  out.push(pathEl(d`M-40 ${trainY - 170} L860 ${trainY - 170} C960 ${trainY - 170} 1010 ${trainY - 110} 1030 ${trainY - 40} L1030 ${trainY} L-40 ${trainY} Z`, p.light));
  out.push(rect(-40, trainY - 40, 1072, 14, p.accent));
  for (let x = 20; x < 800; x += 140) out.push(rect(x, trainY - 140, 100, 60, p.deep, { rx: 10 }));
  out.push(pathEl(d`M870 ${trainY - 140} C930 ${trainY - 140} 970 ${trainY - 110} 985 ${trainY - 80} L870 ${trainY - 80} Z`, p.deep));
  for (let x = 120; x < 800; x += 280) out.push(rect(x, trainY - 150, 6, 140, mix(p.light, p.muted, 0.4)));
  // Boring machine cutter head at the face
  const cx = tEnd + 40;
  out.push(circle(cx, ty, tr0 + 10, p.accent));
  out.push(circle(cx, ty, tr0 - 20, mix(p.accent, p.ink, 0.25)));
  for (let k = 0; k < 6; k++) {
    const a = (k / 6) * Math.PI * 2 + 0.3;
    out.push(line(cx, ty, cx + Math.cos(a) * (tr0 - 6), ty + Math.sin(a) * (tr0 - 6), p.accent, 14));
  }
  out.push(circle(cx, ty, 36, p.ink));
  for (let k = 0; k < 16; k++) {
    const a = (k / 16) * Math.PI * 2;
    out.push(circle(cx + Math.cos(a) * (tr0 - 2), ty + Math.sin(a) * (tr0 - 2), 9, p.ink));
  }
  return out;
}

/** Tilted film strip on a dark ground whose frames show a storm spiral, wind-bent palm, stilt house, boat. */
function motifFilm(ctx) {
  const { p } = ctx;
  const out = [];
  out.push(rect(0, 0, W, H, ctx.lin([[0, mix(p.ink, p.deep, 0.3)], [1, p.ink]])));
  // Projector beam
  out.push(poly([[-40, 120], [W + 40, -60], [W + 40, 700]], ctx.lin([[0, p.land, 0.35], [1, p.land, 0]], 0, 0, 1, 0)));
  out.push(circle(-10, 140, 60, p.land, { opacity: 0.8 }));
  // Reel
  const rx = 1340;
  const ry = 210;
  out.push(circle(rx, ry, 150, mix(p.muted, p.ink, 0.35)));
  for (let k = 0; k < 6; k++) {
    const a = (k / 6) * Math.PI * 2;
    out.push(circle(rx + Math.cos(a) * 88, ry + Math.sin(a) * 88, 38, mix(p.ink, p.deep, 0.3)));
  }
  out.push(circle(rx, ry, 22, mix(p.ink, p.deep, 0.3)));
  // Strip
  const frames = 5;
  const fw = 300;
  const fh = 220;
  const sw = frames * (fw + 28) + 60;
  const parts = [rect(-30, -fh / 2 - 50, sw, fh + 100, mix(p.ink, p.deep, 0.1))];
  for (let x = -10; x < sw - 40; x += 46) {
    parts.push(rect(x, -fh / 2 - 38, 24, 18, mix(p.bg, p.muted, 0.3), { rx: 4 }));
    parts.push(rect(x, fh / 2 + 20, 24, 18, mix(p.bg, p.muted, 0.3), { rx: 4 }));
  }
  for (let i = 0; i < frames; i++) {
    const x = i * (fw + 28);
    const y = -fh / 2;
    const clip = ctx.clip(rect(x, y, fw, fh, '#000'));
    const sc = [];
    if (i === 0) {
      sc.push(rect(x, y, fw, fh, mix(p.water, p.ink, 0.2)));
      let sp = '';
      for (let k = 0; k <= 120; k++) {
        const a = k * 0.19;
        const r = 4 + k * 0.85;
        sp += `${k ? 'L' : 'M'}${f(x + fw / 2 + Math.cos(a) * r)} ${f(y + fh / 2 + Math.sin(a) * r * 0.9)}`;
      }
      sc.push(stroke(sp, p.light, 8));
    } else if (i === 1) {
      sc.push(rect(x, y, fw, fh, mix(p.accent, p.bg, 0.35)));
      sc.push(rect(x, y + fh * 0.75, fw, fh * 0.25, p.land));
      sc.push(g(palm(ctx, 0, 0, 180, 70, p.ink, [p.deep, p.ink]), { transform: tr(x + fw * 0.35, y + fh * 0.8) }));
      for (let k = 0; k < 4; k++) sc.push(line(x + 20, y + 30 + k * 30, x + 140 + k * 20, y + 30 + k * 30, p.light, 4, { opacity: 0.7 }));
    } else if (i === 2) {
      sc.push(rect(x, y, fw, fh, mix(p.muted, p.bg, 0.3)));
      sc.push(rect(x + 80, y + 50, 150, 80, p.deep));
      sc.push(poly([[x + 60, y + 50], [x + 155, y], [x + 250, y + 50]], p.accent));
      for (let k = 0; k < 4; k++) sc.push(rect(x + 90 + k * 40, y + 130, 8, 60, p.ink));
      sc.push(wave(y + 160, 10, 70, 0, p.water, {}, y + fh));
    } else if (i === 3) {
      sc.push(rect(x, y, fw, fh, mix(p.water, p.light, 0.3)));
      sc.push(cloud(x + 150, y + 80, 0.9, p.muted));
      sc.push(rain(ctx, x, y + 90, x + fw + 60, y + fh, 40, p.water, 26, { opacity: 0.8 }));
    } else {
      sc.push(rect(x, y, fw, fh, mix(p.land, p.bg, 0.3)));
      sc.push(wave(y + 150, 10, 90, 30, p.water, {}, y + fh));
      sc.push(pathEl(d`M${x + 70} ${y + 140} L${x + 230} ${y + 140} L${x + 205} ${y + 170} L${x + 95} ${y + 170} Z`, p.deep));
      sc.push(line(x + 150, y + 140, x + 150, y + 50, p.ink, 5));
      sc.push(poly([[x + 154, y + 56], [x + 220, y + 126], [x + 154, y + 126]], p.light));
    }
    parts.push(g(sc, { 'clip-path': clip }));
  }
  out.push(g(parts, { transform: tr(90, 560, -9) }));
  // Seats silhouettes
  for (let i = 0; i < 9; i++) out.push(pathEl(d`M${i * 190 - 40} ${H + 10} L${i * 190 - 40} ${H - 70} Q${i * 190 + 40} ${H - 130} ${i * 190 + 120} ${H - 70} L${i * 190 + 120} ${H + 10} Z`, mix(p.ink, '#000000', 0.2)));
  for (let i = 0; i < 8; i++) out.push(circle(60 + i * 205 + ctx.rand(-20, 20), H - 110, 34, mix(p.ink, '#000000', 0.3)));
  return out;
}

/** Dam with a thin spillway trickle, reservoir behind, river winding down between dry and green paddies. */
function motifDam(ctx) {
  const { p } = ctx;
  const out = [];
  out.push(sky(ctx, mix(p.bg, p.light, 0.4), p.bg2, 0.5));
  out.push(circle(1300, 130, 70, mix(p.accent, p.bg, 0.3)));
  // Mountains
  out.push(poly([[-20, 330], [200, 130], [380, 250], [560, 90], [820, 300], [-20, 330]], mix(p.leaf, p.bg, 0.5)));
  out.push(poly([[700, 330], [960, 110], [1140, 240], [1360, 120], [1620, 330]], mix(p.leaf, p.bg, 0.4)));
  // Reservoir held behind the dam
  out.push(rect(0, 300, W, 60, mix(p.water, p.bg, 0.1)));
  for (let k = 0; k < 3; k++) out.push(line(100 + k * 420, 318 + k * 10, 360 + k * 420, 318 + k * 10, p.light, 3, { opacity: 0.5 }));
  // Gravity dam seen from downstream: sloping face with lift lines
  const dTop = 340;
  const dBot = 500;
  const concrete = mix(p.muted, p.light, 0.25);
  out.push(poly([[250, dTop], [1350, dTop], [1470, dBot], [130, dBot]], concrete));
  for (let k = 1; k < 5; k++) {
    const y = dTop + (k * (dBot - dTop)) / 5;
    const t = (y - dTop) / (dBot - dTop);
    out.push(line(250 - 120 * t, y, 1350 + 120 * t, y, mix(p.muted, p.ink, 0.15), 2, { opacity: 0.5 }));
  }
  // Crest road and gate piers
  out.push(rect(230, dTop - 14, 1140, 16, mix(p.muted, p.ink, 0.45)));
  for (let k = 0; k < 6; k++) out.push(rect(660 + k * 56, dTop - 54, 22, 44, mix(p.muted, p.ink, 0.45)));
  for (let k = 0; k < 5; k++) out.push(rect(682 + k * 56, dTop - 40, 34, 30, mix(p.deep, p.muted, 0.4)));
  // Valley sides the dam is keyed into
  const side = mix(p.leaf, p.bg, 0.3);
  out.push(poly([[-20, 250], [120, 270], [300, 330], [170, 505], [-20, 505]], side));
  out.push(poly([[W + 20, 240], [1480, 262], [1300, 330], [1430, 505], [W + 20, 505]], side));
  // Spillway chute, mostly dry, with one thin release
  out.push(poly([[660, dTop + 2], [960, dTop + 2], [990, dBot], [630, dBot]], mix(p.muted, p.ink, 0.3)));
  for (let k = 1; k < 5; k++) out.push(line(660 - 6 * k, dTop + k * 32, 960 + 6 * k, dTop + k * 32, mix(p.muted, p.ink, 0.45), 3));
  out.push(poly([[790, dTop + 2], [814, dTop + 2], [826, dBot], [778, dBot]], mix(p.water, p.light, 0.45)));
  out.push(ellipse(802, dBot + 4, 60, 14, mix(p.water, p.light, 0.6)));
  // Valley floor with paddies
  out.push(rect(0, dBot, W, H - dBot, mix(p.land, p.bg, 0.35)));
  const rows = 7;
  for (let r = 0; r < rows; r++) {
    const y0 = dBot + 20 + r * 60;
    const h = 44 + r * 4;
    for (let c = 0; c < 6; c++) {
      const left = c < 3;
      const x0 = left ? c * 240 - r * 20 : 880 + (c - 3) * 260 + r * 20;
      const dry = (c + r) % 3 !== 0;
      out.push(rect(x0, y0, 220, h, dry ? mix(p.land, p.bg, 0.1) : mix(p.leaf, p.bg, 0.25 - r * 0.03), { rx: 4 }));
      if (dry) for (let k = 0; k < 3; k++) out.push(line(x0 + 30 + k * 60, y0 + 10, x0 + 50 + k * 60, y0 + h - 10, mix(p.land, p.ink, 0.3), 2));
    }
  }
  // Stilt huts and trees along the field edges
  for (const [x, y, sc] of [[90, 560, 0.8], [1480, 575, 0.85], [560, 820, 1.1], [1080, 700, 1]]) {
    out.push(g([
      rect(-34, -8, 6, 30, p.ink), rect(28, -8, 6, 30, p.ink),
      rect(-40, -50, 80, 44, mix(p.land, p.ink, 0.4)),
      poly([[-54, -48], [0, -92], [54, -48]], mix(p.land, p.ink, 0.6)),
    ], { transform: tr(x, y, 0, sc) }));
  }
  for (const [x, y] of [[30, 640], [250, 880], [1220, 880], [1560, 700], [570, 590], [1050, 590]]) {
    out.push(rect(x - 5, y - 70, 10, 72, mix(p.land, p.ink, 0.5)));
    out.push(circle(x, y - 90, 38, mix(p.leaf, p.ink, 0.15)));
    out.push(circle(x - 22, y - 70, 24, p.leaf));
  }
  // River widening as it winds away from the dam
  const R0 = [802, dBot];
  const R1 = [740, 620];
  const R2 = [930, 730];
  const R3 = [800, 910];
  const left = [];
  const right = [];
  for (let i = 0; i <= 30; i++) {
    const t = i / 30;
    const [x, y] = cubicPoint(R0, R1, R2, R3, t);
    const a = cubicTangent(R0, R1, R2, R3, t) + Math.PI / 2;
    const w = 12 + t * 60;
    left.push([x + Math.cos(a) * w, y + Math.sin(a) * w]);
    right.push([x - Math.cos(a) * w, y - Math.sin(a) * w]);
  }
  out.push(poly([...left, ...right.reverse()], p.water));
  for (const t of [0.3, 0.55, 0.8]) {
    const [x, y] = cubicPoint(R0, R1, R2, R3, t);
    out.push(line(x - 14 - t * 20, y, x + 10 + t * 16, y - 4, mix(p.water, p.light, 0.4), 4));
  }
  return out;
}

/** Haze bands over a stilt-house river town, pale sun, distant smoke plumes. */
function motifHaze(ctx) {
  const { p } = ctx;
  const out = [];
  out.push(sky(ctx, mix(p.muted, p.bg, 0.35), mix(p.accent, p.bg, 0.55)));
  out.push(circle(1150, 260, 90, mix(p.accent, p.light, 0.25), { opacity: 0.85 }));
  // Fine particulate suspended in the air
  out.push(halftone(ctx, 0, 0, W, 420, 18, 3.2, mix(p.muted, p.ink, 0.2), 0.22, 'up'));
  // Plumes on horizon
  for (const [x, s] of [[200, 1.2], [520, 0.8], [1400, 1.0]]) {
    const pl = [];
    for (let k = 0; k < 7; k++) pl.push(circle(x + k * 30 * s + Math.sin(k) * 20, 480 - k * 60 * s, (40 + k * 12) * s, mix(p.muted, p.ink, 0.2)));
    out.push(g(pl, { opacity: 0.55 }));
  }
  // Tree line on the far bank, with a mosque dome and minaret
  const far = mix(p.leaf, p.muted, 0.55);
  for (let x = -20; x < W + 40; x += ctx.rand(40, 70)) out.push(circle(x, 486, ctx.rand(22, 40), far));
  for (let i = 0; i < 6; i++) {
    const x = ctx.rand(80, 1500);
    out.push(line(x, 490, x + 8, 400, far, 6));
    for (const a of [-150, -110, -70, -30]) out.push(g(frond(60, 8, 14, false, far), { transform: tr(x + 8, 400, a) }));
  }
  out.push(rect(930, 410, 90, 80, far));
  out.push(pathEl('M925 412 A50 52 0 0 1 1025 412 Z', far));
  out.push(rect(1050, 350, 16, 140, far));
  out.push(poly([[1046, 352], [1058, 326], [1070, 352]], far));
  out.push(rect(0, 470, W, 30, mix(p.leaf, p.muted, 0.5)));
  // River town on stilts
  for (let i = 0; i < 12; i++) {
    const x = 20 + i * 132 + ctx.rand(-10, 10);
    const w = ctx.rand(90, 120);
    const h = ctx.rand(70, 110);
    const base = 600;
    for (let s = 0; s < 4; s++) out.push(rect(x + 6 + s * (w / 4), base, 6, 70, mix(p.deep, p.ink, 0.3)));
    out.push(rect(x, base - h, w, h, i % 3 === 0 ? p.deep : mix(p.deep, p.land, 0.35)));
    out.push(poly([[x - 12, base - h], [x + w / 2, base - h - 50], [x + w + 12, base - h]], mix(p.deep, p.ink, 0.3)));
    out.push(rect(x + w * 0.35, base - h * 0.7, w * 0.3, h * 0.35, mix(p.land, p.light, 0.4)));
  }
  out.push(rect(0, 590, W, 14, mix(p.deep, p.ink, 0.4)));
  // River
  out.push(rect(0, 660, W, H - 660, mix(p.water, p.muted, 0.4)));
  for (let k = 0; k < 6; k++) out.push(line(ctx.rand(0, 1200), 700 + k * 32, ctx.rand(200, 400) + k * 140, 700 + k * 32, mix(p.light, p.muted, 0.3), 5, { opacity: 0.5 }));
  // A boat
  out.push(pathEl('M300 760 L560 760 L520 800 L330 800 Z', mix(p.ink, p.deep, 0.3)));
  out.push(person(430, 762, 90, p.accent, p.ink));
  // Haze layers
  const blur = ctx.id('bl');
  ctx.defs.push(`<filter id="${blur}" x="-10%" y="-50%" width="120%" height="200%"><feGaussianBlur stdDeviation="28"/></filter>`);
  const bands = [];
  for (let k = 0; k < 5; k++) {
    bands.push(ellipse(W / 2 + ctx.rand(-300, 300), 220 + k * 120, 1100, 70, mix(p.bg2, p.muted, 0.3), { opacity: 0.4 }));
  }
  out.push(g(bands, { filter: `url(#${blur})` }));
  out.push(rect(0, 0, W, H, ctx.lin([[0, p.bg, 0.0], [0.6, p.bg2, 0.35], [1, p.bg2, 0.05]])));
  return out;
}

/** Network motifs. 'table': round table seen from above with linked seats and some dashed (deferred) links. 'islands': neural network rising from an archipelago. */
function motifNetwork(ctx, o = {}) {
  const { p } = ctx;
  const out = [];
  if (o.variant === 'islands') {
    out.push(sky(ctx, mix(p.deep, p.ink, 0.3), p.deep));
    out.push(halftone(ctx, 0, 560, W, H, 22, 4, p.water, 0.35));
    // Islands
    const islands = [[150, 720, 210, 60, -25], [440, 800, 200, 34, -4], [560, 650, 160, 110, 10], [860, 690, 110, 90, 30], [1040, 800, 120, 26, 0], [1320, 700, 200, 80, 8], [720, 820, 90, 22, 2]];
    const anchors = [];
    islands.forEach(([x, y, rx, ry, rot], i) => {
      let dd = '';
      const N = 18;
      for (let k = 0; k <= N; k++) {
        const a = (k / N) * Math.PI * 2;
        const rr = 1 + ctx.rand(-0.18, 0.18);
        const px = Math.cos(a) * rx * rr;
        const py = Math.sin(a) * ry * rr;
        dd += `${k ? 'L' : 'M'}${f(px)} ${f(py)}`;
      }
      out.push(pathEl(dd + 'Z', i % 2 ? p.leaf : mix(p.leaf, p.land, 0.4), { transform: tr(x, y, rot), 'stroke-linejoin': 'round', stroke: i % 2 ? p.leaf : mix(p.leaf, p.land, 0.4), 'stroke-width': 14 }));
      anchors.push([x - rx * 0.3, y - ry * 0.2], [x + rx * 0.3, y + ry * 0.1]);
    });
    const layers = [anchors.length, 9, 6, 3];
    const ys = [null, 470, 310, 150];
    const nodes = [anchors];
    for (let l = 1; l < layers.length; l++) {
      const n = layers[l];
      const span = 1100 - l * 200;
      nodes.push(Array.from({ length: n }, (_, i) => [W / 2 - span / 2 + (span * i) / Math.max(1, n - 1), ys[l]]));
    }
    for (let l = 0; l < nodes.length - 1; l++) {
      for (const a of nodes[l]) {
        for (const b of nodes[l + 1]) {
          if (l === 0 && ctx.chance(0.7)) continue;
          out.push(line(a[0], a[1], b[0], b[1], p.muted, l === 0 ? 2 : 2.5, { opacity: l === 0 ? 0.4 : 0.35 }));
        }
      }
    }
    nodes.forEach((layer, l) =>
      layer.forEach(([x, y]) => {
        if (l === 0) {
          out.push(circle(x, y, 9, p.accent));
          return;
        }
        out.push(circle(x, y, l === 3 ? 30 : 22, l === 3 ? p.accent : p.light));
        out.push(circle(x, y, l === 3 ? 14 : 9, l === 3 ? p.light : p.water));
      }),
    );
    return out;
  }
  // table
  out.push(sky(ctx, p.bg, p.bg2));
  out.push(halftone(ctx, 0, 0, W, 300, 24, 4, p.muted, 0.3, 'up'));
  const cx = 800;
  const cy = 520;
  const rx = 560;
  const ry = 260;
  out.push(ellipse(cx, cy + 30, rx + 30, ry + 30, mix(p.ink, p.bg, 0.75)));
  // Chairs
  const seats = 12;
  const seatPts = [];
  for (let i = 0; i < seats; i++) {
    const a = (i / seats) * Math.PI * 2 + Math.PI / seats;
    const x = cx + Math.cos(a) * (rx + 60);
    const y = cy + Math.sin(a) * (ry + 50);
    out.push(rect(x - 40, y - 30, 80, 60, i % 3 === 0 ? p.accent : mix(p.deep, p.bg, 0.2), { rx: 18 }));
    seatPts.push([cx + Math.cos(a) * (rx - 80), cy + Math.sin(a) * (ry - 50)]);
  }
  out.push(ellipse(cx, cy, rx, ry, mix(p.land, p.bg, 0.15)));
  out.push(ellipse(cx, cy, rx - 30, ry - 20, mix(p.land, p.light, 0.3)));
  // Links
  seatPts.forEach(([x, y], i) => {
    const dashed = i % 4 === 3;
    out.push(line(x, y, cx, cy, dashed ? p.muted : p.deep, dashed ? 4 : 6, dashed ? { 'stroke-dasharray': '4 14' } : {}));
    const [nx, ny] = seatPts[(i + 1) % seats];
    out.push(line(x, y, nx, ny, p.water, 3, { opacity: 0.6 }));
  });
  seatPts.forEach(([x, y], i) => {
    const dashed = i % 4 === 3;
    out.push(circle(x, y, 24, dashed ? 'none' : p.light, { stroke: dashed ? p.muted : p.deep, 'stroke-width': 5, 'stroke-dasharray': dashed ? '6 6' : undefined }));
    if (!dashed) {
      if (i % 4 === 0) out.push(rect(x - 13, y - 9, 26, 18, p.accent, { rx: 3 }));
      else if (i % 4 === 1) out.push(g([rect(x - 10, y - 13, 20, 26, p.water, { rx: 2 }), line(x - 5, y - 4, x + 5, y - 4, p.light, 3), line(x - 5, y + 4, x + 5, y + 4, p.light, 3)]));
      else out.push(circle(x, y, 10, p.leaf));
    }
  });
  out.push(circle(cx, cy, 70, p.deep));
  out.push(circle(cx, cy, 46, p.accent));
  out.push(circle(cx, cy, 18, p.light));
  out.push(signal(cx, cy, 3, 110, p.deep, 3, -90, 360).replace('<g', '<g opacity="0.25"'));
  return out;
}

/** Hospital triage: tablet with ranked rows, ECG line, cross, night-shift moon. */
function motifTriage(ctx) {
  const { p } = ctx;
  const out = [];
  out.push(sky(ctx, mix(p.deep, p.ink, 0.4), p.deep));
  out.push(halftone(ctx, 0, 560, W, H, 22, 5, p.water, 0.35));
  for (let i = 0; i < 30; i++) out.push(circle(ctx.rand(0, W), ctx.rand(0, 260), ctx.rand(1.5, 3), p.light, { opacity: 0.6 }));
  out.push(circle(230, 150, 60, p.light, { opacity: 0.9 }));
  out.push(circle(258, 132, 56, mix(p.deep, p.ink, 0.38)));
  // Hospital building
  out.push(rect(120, 380, 620, 520, mix(p.deep, p.muted, 0.25)));
  out.push(rect(420, 300, 320, 600, mix(p.deep, p.muted, 0.35)));
  for (let r = 0; r < 9; r++) {
    for (let c = 0; c < 10; c++) {
      const x = 140 + c * 58;
      const y = 400 + r * 52;
      if (x > 700) continue;
      out.push(rect(x, y, 36, 28, ctx.chance(0.35) ? p.land : mix(p.deep, p.ink, 0.2)));
    }
  }
  out.push(rect(540, 220, 80, 80, p.light, { rx: 10 }));
  out.push(rect(568, 232, 24, 56, p.accent));
  out.push(rect(552, 248, 56, 24, p.accent));
  // ECG line
  const ey = 300;
  const ecg = [[-10, ey], [820, ey], [850, ey - 30], [870, ey + 40], [900, ey - 170], [930, ey + 120], [960, ey], [1600, ey]];
  out.push(polyline(ecg, p.accent, 14, { opacity: 0.35 }));
  out.push(polyline(ecg, p.accent, 6));
  // Tablet
  const tx = 880;
  const ty = 400;
  out.push(rect(tx + 20, ty + 24, 600, 430, p.ink, { rx: 34, opacity: 0.4 }));
  out.push(rect(tx, ty, 600, 430, p.ink, { rx: 34 }));
  out.push(rect(tx + 26, ty + 26, 548, 378, p.light, { rx: 12 }));
  const levels = [p.accent, p.accent, p.land, p.land, p.leaf, p.leaf];
  levels.forEach((c, i) => {
    const y = ty + 52 + i * 58;
    out.push(rect(tx + 50, y, 500, 44, i % 2 ? mix(p.light, p.muted, 0.25) : mix(p.light, p.muted, 0.12), { rx: 8 }));
    out.push(circle(tx + 82, y + 22, 14, c));
    out.push(rect(tx + 116, y + 14, 250 - i * 26, 16, mix(p.muted, p.deep, 0.3), { rx: 8 }));
    out.push(rect(tx + 470, y + 14, 56, 16, c, { rx: 8, opacity: 0.6 }));
  });
  return out;
}

/** Floating solar array on a reservoir under a big sun. */
function motifSolar(ctx) {
  const { p } = ctx;
  const out = [];
  out.push(sky(ctx, mix(p.bg, p.light, 0.4), p.bg2, 0.5));
  out.push(circle(1250, 170, 200, mix(p.accent, p.bg, 0.75)));
  out.push(circle(1250, 170, 140, mix(p.accent, p.bg, 0.5)));
  out.push(circle(1250, 170, 96, p.accent));
  // Wind curls
  out.push(stroke('M80 140 C220 100 340 180 480 130 C560 100 560 40 500 40 C460 40 450 90 490 100', p.muted, 6));
  out.push(stroke('M160 240 C300 200 420 270 600 220', p.muted, 5, { opacity: 0.6 }));
  out.push(hills(ctx, 420, 40, mix(p.leaf, p.bg, 0.4), {}, 3));
  out.push(hills(ctx, 470, 25, mix(p.leaf, p.bg, 0.15), {}, 5));
  // Farm strips
  for (let i = 0; i < 8; i++) out.push(rect(0, 480 + i * 14, W, 7, mix(p.leaf, p.land, 0.35), { opacity: 0.5 }));
  // Reservoir
  out.push(pathEl('M-20 560 C300 520 1300 520 1620 560 L1620 910 L-20 910 Z', p.water));
  for (let k = 0; k < 6; k++) out.push(waveLine(-40, W + 40, 600 + k * 52, 4, 120, mix(p.water, p.light, 0.3), 3, { opacity: 0.5 }));
  // Panel grid in perspective
  const rows = 6;
  const cols = 14;
  const vx = 800;
  const vy = 120;
  const y0 = 600;
  const y1 = 860;
  const xl = 240;
  const xr = 1360;
  const proj = (u, v) => {
    const y = y0 + (y1 - y0) * v;
    const s = (y - vy) / (y1 - vy);
    const x = vx + ((xl + (xr - xl) * u) - vx) * s;
    return [x, y];
  };
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const u0 = c / cols + 0.006;
      const u1 = (c + 1) / cols - 0.006;
      const v0 = r / rows + 0.02;
      const v1 = (r + 1) / rows - 0.05;
      const a = proj(u0, v0);
      const b = proj(u1, v0);
      const cc = proj(u1, v1);
      const dd = proj(u0, v1);
      out.push(poly([[dd[0], dd[1] + 8], [cc[0], cc[1] + 8], [cc[0], cc[1] + 14], [dd[0], dd[1] + 14]], p.light, { opacity: 0.7 }));
      out.push(poly([a, b, cc, dd], (r + c) % 5 === 0 ? mix(p.deep, p.water, 0.35) : p.deep));
      const m1 = [(a[0] + b[0]) / 2, a[1]];
      const m2 = [(dd[0] + cc[0]) / 2, dd[1]];
      out.push(line(m1[0], m1[1], m2[0], m2[1], p.muted, 1.5, { opacity: 0.7 }));
    }
  }
  // Mooring lines and buoys
  for (const [u, v, tx, ty] of [[0, 0, 60, 560], [1, 0, 1540, 560], [0, 1, 60, 900], [1, 1, 1540, 900]]) {
    const [x, y] = proj(u, v);
    out.push(line(x, y, tx, ty, p.ink, 3, { opacity: 0.6 }));
    out.push(circle((x + tx) / 2, (y + ty) / 2, 10, p.accent));
  }
  return out;
}

/** Batik cloths hanging to dry, each with a different pattern, indigo leaves in front. */
function motifBatik(ctx) {
  const { p } = ctx;
  const out = [];
  out.push(sky(ctx, mix(p.bg, p.light, 0.3), p.bg2));
  out.push(rect(0, 760, W, H - 760, mix(p.land, p.bg, 0.45)));
  // Patterns
  const s = 84;
  const kawung = ctx.pattern(s, s, [
    rect(0, 0, s, s, p.water),
    ...[0, 90, 180, 270].map((rot) => ellipse(0, -s * 0.25, s * 0.15, s * 0.24, p.light, { transform: `translate(${s / 2} ${s / 2}) rotate(${rot + 45})` })),
    circle(s / 2, s / 2, 4, p.water),
    ...[[0, 0], [s, 0], [0, s], [s, s]].map(([x, y]) => circle(x, y, 6, p.land)),
  ].join(''), { patternTransform: 'scale(1.35)' });
  const parang = ctx.pattern(96, 96, [
    rect(0, 0, 96, 96, p.deep),
    // One period of the wavy diagonal band, C1-continuous with its own lattice copies
    ...[-96, 0, 96].flatMap((dx) => [-96, 0, 96].map((dy) => stroke(`M${dx} ${96 + dy} C${20 + dx} ${70 + dy} ${40 + dx} ${80 + dy} ${48 + dx} ${48 + dy} C${56 + dx} ${16 + dy} ${76 + dx} ${26 + dy} ${96 + dx} ${dy}`, p.land, 16))),
    ...[-48, 48].flatMap((dx) => [-96, 0, 96].map((dy) => stroke(`M${dx} ${96 + dy} C${20 + dx} ${70 + dy} ${40 + dx} ${80 + dy} ${48 + dx} ${48 + dy} C${56 + dx} ${16 + dy} ${76 + dx} ${26 + dy} ${96 + dx} ${dy}`, mix(p.deep, p.light, 0.55), 5))),
  ].join(''), { patternTransform: 'scale(1.35)' });
  const ceplok = ctx.pattern(80, 80, [
    rect(0, 0, 80, 80, p.light),
    circle(40, 40, 22, p.deep),
    circle(40, 40, 9, p.land),
    ...[[0, 0], [80, 0], [0, 80], [80, 80]].map(([x, y]) => circle(x, y, 12, p.water)),
  ].join(''), { patternTransform: 'scale(1.35)' });
  // Fish-scale (scallop) pattern: upper semicircles on a staggered lattice
  const mega = ctx.pattern(100, 50, [
    rect(0, 0, 100, 50, mix(p.water, p.light, 0.2)),
    ...[[0, 50], [100, 50], [50, 75], [50, 25]].map(([cx, cy]) => stroke(`M${cx - 50} ${cy} A50 50 0 0 1 ${cx + 50} ${cy}`, p.water, 8)),
  ].join(''), { patternTransform: 'scale(1.35)' });
  const sogan = ctx.pattern(72, 72, [
    rect(0, 0, 72, 72, p.land),
    pathEl('M36 8 L64 36 L36 64 L8 36 Z', p.deep),
    circle(36, 36, 9, p.light),
  ].join(''), { patternTransform: 'scale(1.35)' });
  // Clothesline
  out.push(line(-20, 150, W + 20, 170, p.ink, 4));
  const cloths = [[70, 220, kawung], [340, 240, parang], [630, 230, ceplok], [910, 250, mega], [1210, 240, sogan]];
  cloths.forEach(([x, w, fill], i) => {
    const top = 152 + (x / W) * 20;
    const bot = 660 + (i % 2) * 60;
    const sway = (i % 2 ? 1 : -1) * 14;
    const dd = d`M${x} ${top} L${x + w} ${top + 4} C${x + w + sway} ${top + 200} ${x + w - sway} ${bot - 200} ${x + w + sway * 0.5} ${bot} Q${x + w / 2} ${bot + 18} ${x + sway * 0.5} ${bot - 6} C${x - sway} ${bot - 200} ${x + sway} ${top + 200} ${x} ${top} Z`;
    out.push(pathEl(dd, p.ink, { opacity: 0.15, transform: 'translate(14 16)' }));
    out.push(pathEl(dd, fill));
    out.push(rect(x, top, w, 22, mix(p.land, p.ink, 0.2), { opacity: 0.85 }));
    for (const px of [x + 20, x + w - 28]) out.push(rect(px, top - 16, 10, 34, p.deep, { rx: 3 }));
  });
  // Dye vat
  out.push(rect(1230, 740, 250, 110, mix(p.land, p.ink, 0.45), { rx: 12 }));
  out.push(ellipse(1355, 740, 125, 28, p.water));
  // Indigo plants: pinnate leaves fanning from the base
  const pinnate = (len, col) => {
    const parts = [line(0, 0, len, 0, col, 5)];
    for (let k = 1; k <= 5; k++) {
      const x = (k / 6) * len;
      const lw = 30 - k * 2;
      parts.push(ellipse(x, -lw * 0.55, lw * 0.45, lw * 0.8, col, { transform: `rotate(-30 ${f(x)} ${f(-lw * 0.55)})` }));
      parts.push(ellipse(x, lw * 0.55, lw * 0.45, lw * 0.8, col, { transform: `rotate(30 ${f(x)} ${f(lw * 0.55)})` }));
    }
    parts.push(ellipse(len + 10, 0, 18, 10, col));
    return g(parts);
  };
  for (const [bx, n, spread] of [[170, 7, 150], [1010, 5, 120]]) {
    for (let i = 0; i < n; i++) {
      const ang = -90 - spread / 2 + (i * spread) / (n - 1) + ctx.rand(-5, 5);
      out.push(g(pinnate(ctx.rand(170, 240), i % 2 ? p.leaf : mix(p.leaf, p.ink, 0.3)), { transform: tr(bx, 905, ang) }));
    }
  }
  return out;
}

/** Reef at night: branching and table corals, some still pale, releasing rising clouds of egg bundles. */
function motifCoral(ctx) {
  const { p } = ctx;
  const out = [];
  out.push(rect(0, 0, W, H, ctx.lin([[0, mix(p.water, p.deep, 0.4)], [0.6, p.deep], [1, mix(p.deep, p.ink, 0.6)]])));
  for (let i = 0; i < 4; i++) out.push(poly([[300 + i * 320, -10], [420 + i * 320, -10], [260 + i * 360, H], [60 + i * 360, H]], p.light, { opacity: 0.04 }));
  // Seabed
  out.push(pathEl('M-20 910 L-20 780 C300 740 600 800 900 770 C1200 740 1400 780 1620 760 L1620 910 Z', mix(p.deep, p.land, 0.3)));
  const branch = (x, y, len, ang, depth, col, sw, arr) => {
    const x2 = x + Math.cos((ang * Math.PI) / 180) * len;
    const y2 = y + Math.sin((ang * Math.PI) / 180) * len;
    arr.push(line(x, y, x2, y2, col, sw));
    if (depth === 0) {
      arr.push(circle(x2, y2, sw * 0.7, col));
      return;
    }
    const n = 2;
    for (let k = 0; k < n; k++) branch(x2, y2, len * ctx.rand(0.62, 0.8), ang + (k ? 1 : -1) * ctx.rand(18, 34), depth - 1, col, sw * 0.8, arr);
  };
  const corals = [
    [180, 800, mix(p.light, p.muted, 0.2)],
    [470, 790, p.accent],
    [1080, 780, mix(p.accent, p.land, 0.5)],
    [1380, 790, mix(p.light, p.muted, 0.2)],
  ];
  corals.forEach(([x, y, col]) => {
    const arr = [];
    for (let k = 0; k < 3; k++) branch(x + (k - 1) * 30, y, ctx.rand(90, 130), -90 + (k - 1) * 28, 4, col, 26, arr);
    out.push(g(arr));
  });
  // Table coral
  out.push(rect(760, 650, 40, 140, mix(p.land, p.deep, 0.2)));
  out.push(ellipse(780, 640, 200, 34, p.land));
  out.push(ellipse(780, 630, 180, 22, mix(p.land, p.light, 0.3)));
  // Brain coral
  out.push(pathEl('M600 800 A110 90 0 0 1 820 800 Z', mix(p.leaf, p.land, 0.4)));
  for (let k = 1; k < 5; k++) out.push(stroke(d`M${610 + k * 12} 800 A${110 - k * 20} ${90 - k * 18} 0 0 1 ${810 - k * 12} 800`, mix(p.leaf, p.ink, 0.3), 4, { opacity: 0.6 }));
  // Spawn: rising egg bundles
  const eggs = [];
  for (let i = 0; i < 360; i++) {
    const src = ctx.pick(corals);
    const t = Math.pow(ctx.rand(0, 1), 1.5);
    const x = src[0] + ctx.rand(-160, 160) * (0.3 + t) + Math.sin(t * 6) * 30;
    const y = 700 - t * 720;
    eggs.push(circle(x, y, ctx.rand(3, 8) * (1 - t * 0.4), ctx.chance(0.6) ? mix(p.accent, p.light, 0.55) : p.light, { opacity: f(0.9 - t * 0.55) }));
  }
  out.push(g(eggs));
  return out;
}

/** Rice stalks before a target whose arrow has landed off-centre; forest edge at left. */
function motifRiceTarget(ctx) {
  const { p } = ctx;
  const out = [];
  out.push(sky(ctx, p.bg, p.bg2));
  // Forest remnant
  for (let i = 0; i < 9; i++) out.push(circle(ctx.rand(-40, 260), ctx.rand(360, 560), ctx.rand(60, 100), i % 2 ? p.leaf : mix(p.leaf, p.ink, 0.3)));
  out.push(rect(0, 560, W, H - 560, mix(p.land, p.bg, 0.35)));
  for (let i = 0; i < 7; i++) out.push(rect(0, 600 + i * 44, W, 18, mix(p.land, p.bg, 0.15), { opacity: 0.6 }));
  // Target
  const tx = 1060;
  const ty = 380;
  const rings = [p.deep, p.light, p.deep, p.light, p.accent];
  rings.forEach((c, i) => out.push(circle(tx, ty, 300 - i * 60, c)));
  out.push(rect(tx - 12, ty + 290, 24, 220, mix(p.land, p.ink, 0.5)));
  // Rice stalks
  const stalkCol = mix(p.land, p.leaf, 0.25);
  for (let i = 0; i < 11; i++) {
    const x = 200 + i * 60 + ctx.rand(-20, 20);
    const h = ctx.rand(330, 440);
    const bend = ctx.rand(100, 170);
    const tipX = x + bend;
    const tipY = 900 - h;
    out.push(stroke(d`M${x} 910 Q${x} ${tipY} ${tipX} ${tipY + 40}`, i % 2 ? mix(p.leaf, p.land, 0.3) : stalkCol, 7));
    out.push(g(frond(170, 14, 40, false, mix(p.leaf, p.land, 0.15)), { transform: tr(x, 800 - i * 3, -70 - ctx.rand(0, 30)) }));
    // panicle grains
    for (let k = 0; k < 9; k++) {
      const t = k / 9;
      const gx = tipX - 10 + t * 40;
      const gy = tipY + 40 + t * 100;
      out.push(ellipse(gx + (k % 2 ? 10 : -10), gy, 7, 14, p.land, { transform: `rotate(${k % 2 ? -25 : 25} ${f(gx + (k % 2 ? 10 : -10))} ${f(gy)})` }));
    }
  }
  // Arrow, off-centre
  const ax = tx - 200;
  const ay = ty + 170;
  const tail = [ax - 400, ay + 158];
  const len = Math.hypot(ax - tail[0], ay - tail[1]);
  const ux = (ax - tail[0]) / len;
  const uy = (ay - tail[1]) / len;
  const nx = -uy;
  const ny = ux;
  out.push(line(tail[0], tail[1], ax, ay, p.ink, 10));
  for (const sgn of [1, -1]) {
    const at = (t, n) => [tail[0] + ux * t + nx * n * sgn, tail[1] + uy * t + ny * n * sgn];
    out.push(poly([at(6, 0), at(86, 0), at(62, 30), at(-12, 30)], p.accent));
  }
  out.push(circle(ax, ay, 13, p.ink));
  out.push(circle(ax, ay, 24, 'none', { stroke: p.ink, 'stroke-width': 3, opacity: 0.5 }));
  return out;
}

/** Top-down school meal tray: rice, halved eggs, greens, carrot; supply route dotted line with truck. */
function motifMealTray(ctx) {
  const { p } = ctx;
  const out = [];
  out.push(rect(0, 0, W, H, mix(p.bg2, p.land, 0.2)));
  // Table cloth checks
  const check = ctx.pattern(80, 80, rect(0, 0, 40, 40, p.light, { opacity: 0.25 }) + rect(40, 40, 40, 40, p.light, { opacity: 0.25 }));
  out.push(rect(0, 0, W, H, check));
  // Supply route (top-right)
  out.push(stroke('M1000 80 C1150 40 1200 180 1330 150 C1460 120 1500 40 1640 70', p.deep, 6, { 'stroke-dasharray': '2 16' }));
  out.push(g([rect(-50, -36, 70, 44, p.accent, { rx: 6 }), rect(20, -24, 34, 32, p.deep, { rx: 6 }), circle(-26, 10, 12, p.ink), circle(34, 10, 12, p.ink)], { transform: tr(1260, 150, -6) }));
  // Tray
  const tx = 300;
  const ty = 170;
  const tw = 1000;
  const th = 620;
  out.push(rect(tx + 20, ty + 26, tw, th, p.ink, { rx: 60, opacity: 0.18 }));
  out.push(rect(tx, ty, tw, th, mix(p.muted, p.light, 0.55), { rx: 60 }));
  const comp = (x, y, w, h) => rect(x, y, w, h, mix(p.muted, p.light, 0.3), { rx: 36 });
  out.push(comp(tx + 30, ty + 30, 520, 560));
  out.push(comp(tx + 580, ty + 30, 390, 260));
  out.push(comp(tx + 580, ty + 320, 180, 270));
  out.push(comp(tx + 790, ty + 320, 180, 270));
  // Rice mound
  out.push(ellipse(tx + 290, ty + 310, 210, 200, p.light));
  for (let i = 0; i < 70; i++) {
    const a = ctx.rand(0, Math.PI * 2);
    const r = Math.sqrt(ctx.rand(0, 1)) * 180;
    const x = tx + 290 + Math.cos(a) * r;
    const y = ty + 310 + Math.sin(a) * r;
    out.push(ellipse(x, y, 9, 4, mix(p.light, p.muted, 0.25), { transform: `rotate(${f(ctx.rand(0, 180))} ${f(x)} ${f(y)})` }));
  }
  // Eggs
  for (const [x, y] of [[tx + 690, ty + 160], [tx + 860, ty + 160]]) {
    out.push(ellipse(x, y, 78, 96, p.light));
    out.push(circle(x, y + 10, 44, p.accent));
    out.push(circle(x, y + 10, 30, mix(p.accent, p.land, 0.4)));
  }
  // Greens
  for (let i = 0; i < 9; i++) out.push(leaf(110, 36, i % 2 ? p.leaf : mix(p.leaf, p.ink, 0.25), mix(p.leaf, p.light, 0.4), { transform: tr(tx + 670 + ctx.rand(-40, 20), ty + 440 + ctx.rand(-90, 90), ctx.rand(0, 360)) }));
  // Carrot & tempeh
  for (let i = 0; i < 7; i++) {
    const x = tx + 840 + (i % 2) * 60 + ctx.rand(-10, 10);
    const y = ty + 370 + Math.floor(i / 2) * 60;
    out.push(circle(x, y, 26, mix(p.accent, p.land, 0.55)));
    out.push(circle(x, y, 10, mix(p.accent, p.land, 0.2)));
  }
  // Spoon
  out.push(g([ellipse(0, 0, 40, 56, mix(p.muted, p.light, 0.3)), rect(-10, 50, 20, 240, mix(p.muted, p.light, 0.3), { rx: 10 })], { transform: tr(1420, 330, -8) }));
  return out;
}

/** Smelter stacks and kiln beside an unfinished steel frame, pylons carrying power. */
function motifSmelter(ctx) {
  const { p } = ctx;
  const out = [];
  out.push(sky(ctx, mix(p.bg, p.light, 0.3), mix(p.land, p.bg, 0.5)));
  out.push(poly([[-20, 520], [260, 260], [480, 420], [700, 230], [1000, 520]], mix(p.leaf, p.bg, 0.45)));
  out.push(poly([[700, 520], [1020, 300], [1260, 440], [1440, 280], [1640, 520]], mix(p.leaf, p.bg, 0.3)));
  out.push(rect(0, 520, W, H - 520, mix(p.land, p.ink, 0.25)));
  out.push(rect(0, 520, W, 30, mix(p.land, p.ink, 0.1)));
  // Stacks with plumes
  for (const [x, h] of [[180, 420], [290, 480], [400, 400]]) {
    const top = 760 - h;
    out.push(pathEl(d`M${x - 34} 760 L${x - 22} ${top} L${x + 22} ${top} L${x + 34} 760 Z`, mix(p.muted, p.light, 0.15)));
    out.push(rect(x - 24, top + 20, 48, 22, p.accent));
    out.push(rect(x - 25, top + 60, 50, 14, p.accent));
    for (let k = 0; k < 5; k++) out.push(circle(x + 20 + k * 34, top - 30 - k * 20, 26 + k * 8, mix(p.bg2, p.muted, 0.3), { opacity: 0.75 - k * 0.1 }));
  }
  // Rotary kiln
  out.push(g([rect(-260, -40, 520, 80, mix(p.deep, p.ink, 0.2), { rx: 40 }), rect(-180, -44, 18, 88, p.accent), rect(60, -44, 18, 88, p.accent)], { transform: tr(350, 700, -6) }));
  for (const x of [180, 350, 520]) out.push(rect(x - 14, 700 - (x - 350) * 0.1, 28, 110, p.ink));
  // Unfinished steel frame
  const fx = 760;
  const fy = 800;
  const cols = 6;
  const levels = 4;
  const cw = 130;
  const lh = 110;
  for (let c = 0; c < cols; c++) {
    const hLev = c < 3 ? levels : levels - (c - 2);
    out.push(rect(fx + c * cw - 7, fy - hLev * lh, 14, hLev * lh, p.ink));
  }
  for (let l = 1; l <= levels; l++) {
    const maxC = l <= 1 ? cols - 1 : Math.min(cols - 1, cols - (l - 1) + 0);
    out.push(rect(fx, fy - l * lh - 6, Math.max(0, (Math.min(maxC, l === levels ? 2 : maxC)) * cw), 12, p.ink));
  }
  for (let c = 0; c < 2; c++) out.push(line(fx + c * cw, fy - lh, fx + (c + 1) * cw, fy - 2 * lh, p.ink, 5));
  out.push(rect(fx + 420, fy - 30, 200, 30, mix(p.land, p.ink, 0.4)));
  for (let k = 0; k < 4; k++) out.push(rect(fx + 430, fy - 40 - k * 10, 180, 8, p.ink));
  // Pylons with sagging power lines
  const pylon = (x, base, h) =>
    g([
      polyline([[x - 40, base], [x, base - h], [x + 40, base]], p.deep, 6),
      line(x - 60, base - h * 0.8, x + 60, base - h * 0.8, p.deep, 6),
      line(x - 44, base - h * 0.6, x + 44, base - h * 0.6, p.deep, 5),
      line(x - 30, base - h * 0.35, x + 30, base - h * 0.35, p.deep, 4),
    ]);
  out.push(pylon(1450, 560, 360));
  out.push(pylon(1240, 540, 240));
  out.push(stroke('M1190 348 Q1300 400 1390 272', p.deep, 2.5));
  out.push(stroke('M1290 348 Q1390 380 1510 272', p.deep, 2.5));
  out.push(stroke('M1510 272 Q1580 320 1640 300', p.deep, 2.5));
  return out;
}

/** Aedes-style mosquito over a lens showing rod-shaped bacteria; Balinese split gate and terraces below. */
function motifMosquito(ctx) {
  const { p } = ctx;
  const out = [];
  out.push(sky(ctx, mix(p.bg, p.light, 0.3), p.bg2));
  // Terraces
  for (let i = 0; i < 6; i++) out.push(wave(640 + i * 46, 12, 500 + i * 60, i * 90, i % 2 ? mix(p.leaf, p.bg, 0.4) : mix(p.leaf, p.bg, 0.25)));
  // Split gate (candi bentar): two mirror-image stepped halves, flat inner faces, steps between
  const gateCol = mix(p.accent, p.deep, 0.55);
  const gateDark = mix(gateCol, p.ink, 0.35);
  const half = (inner, dir) => {
    const s = [];
    const tiers = [[0, 150, 110], [110, 128, 60], [170, 110, 54], [224, 90, 50], [274, 68, 46], [320, 46, 42], [362, 26, 40]];
    for (const [y, w, h] of tiers) {
      const x0 = dir > 0 ? inner : inner - w;
      const top = 790 - y - h;
      // tier body tapering toward the outer side
      const outerTop = dir > 0 ? x0 + w - 10 : x0 + 10;
      const outerBot = dir > 0 ? x0 + w : x0;
      s.push(poly([[inner, top], [outerTop, top], [outerBot, top + h], [inner, top + h]], gateCol));
      s.push(rect(Math.min(inner, outerBot) - (dir > 0 ? 0 : 8), top - 4, w + 8, 9, gateDark));
      // small ornament on the outer corner of each tier
      s.push(poly([[outerTop - dir * 2, top - 4], [outerTop + dir * 10, top - 22], [outerTop + dir * 12, top - 4]], gateDark));
    }
    s.push(poly([[inner, 790 - 402], [inner + dir * 18, 790 - 402], [inner, 790 - 440]], gateDark));
    return g(s);
  };
  out.push(half(180, -1));
  out.push(half(260, 1));
  for (let k = 0; k < 4; k++) out.push(rect(170 - k * 10, 790 - k * 14 + 42, 100 + k * 20, 14, gateDark));
  out.push(rect(0, 800, W, 100, mix(p.leaf, p.ink, 0.35)));
  // Lens
  const lx = 980;
  const ly = 400;
  out.push(circle(lx, ly, 300, p.light, { opacity: 0.85 }));
  out.push(circle(lx, ly, 300, 'none', { stroke: p.deep, 'stroke-width': 18 }));
  out.push(line(lx + 210, ly + 210, lx + 330, ly + 330, p.deep, 34));
  const bac = [];
  for (let i = 0; i < 34; i++) {
    const a = ctx.rand(0, Math.PI * 2);
    const r = Math.sqrt(ctx.rand(0.05, 1)) * 250;
    const x = lx + Math.cos(a) * r;
    const y = ly + Math.sin(a) * r;
    bac.push(rect(x - 18, y - 7, 36, 14, ctx.chance(0.5) ? mix(p.leaf, p.light, 0.35) : mix(p.accent, p.light, 0.45), { rx: 7, transform: `rotate(${f(ctx.rand(0, 180))} ${f(x)} ${f(y)})` }));
  }
  out.push(g(bac));
  // Mosquito (facing left)
  const mx = 940;
  const my = 410;
  const ink = p.ink;
  const band = p.light;
  const legs = [
    [[mx - 60, my + 24], [mx - 190, my + 40], [mx - 330, my + 260]],
    [[mx - 40, my + 34], [mx - 90, my + 150], [mx - 170, my + 330]],
    [[mx - 20, my + 30], [mx + 70, my + 150], [mx + 40, my + 340]],
    [[mx - 10, my + 26], [mx + 150, my + 110], [mx + 360, my + 40], [mx + 450, my - 40]],
    [[mx - 50, my + 30], [mx - 140, my + 130], [mx - 260, my + 300]],
    [[mx - 30, my + 36], [mx + 10, my + 170], [mx - 40, my + 350]],
  ];
  legs.forEach((pts, i) => {
    out.push(polyline(pts, ink, i < 4 ? 7 : 6, { opacity: i < 4 ? 1 : 0.75 }));
    const [a, b] = [pts[pts.length - 2], pts[pts.length - 1]];
    for (let k = 1; k < 4; k++) {
      const t = k / 4;
      out.push(circle(a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, 4, band));
    }
  });
  // Wings
  out.push(ellipse(mx + 110, my - 90, 190, 42, mix(p.water, p.light, 0.6), { opacity: 0.75, stroke: ink, 'stroke-width': 3, transform: `rotate(-22 ${mx + 110} ${my - 90})` }));
  out.push(ellipse(mx + 150, my - 40, 170, 36, mix(p.water, p.light, 0.7), { opacity: 0.6, stroke: ink, 'stroke-width': 3, transform: `rotate(-6 ${mx + 150} ${my - 40})` }));
  out.push(line(mx - 30, my - 30, mx + 280, my - 160, ink, 2, { opacity: 0.6 }));
  // Abdomen with white bands
  const abClip = ctx.clip(ellipse(0, 0, 170, 40, '#000'));
  const ab = [ellipse(0, 0, 170, 40, ink)];
  for (let k = 0; k < 6; k++) ab.push(rect(-130 + k * 50, -50, 10, 100, band, { 'clip-path': abClip }));
  out.push(g(ab, { transform: tr(mx + 150, my + 50, 14) }));
  // Thorax, head, proboscis, antennae
  out.push(ellipse(mx - 30, my, 70, 54, ink));
  out.push(pathEl(d`M${mx - 60} ${my - 40} Q${mx - 30} ${my - 20} ${mx} ${my - 44}`, 'none', { stroke: band, 'stroke-width': 5 }));
  out.push(circle(mx - 112, my + 12, 30, ink));
  out.push(circle(mx - 122, my + 6, 14, mix(ink, p.water, 0.3)));
  out.push(line(mx - 138, my + 24, mx - 300, my + 120, ink, 6));
  out.push(stroke(d`M${mx - 128} ${my - 6} Q${mx - 200} ${my - 60} ${mx - 230} ${my - 30}`, ink, 4));
  out.push(stroke(d`M${mx - 126} ${my} Q${mx - 210} ${my - 20} ${mx - 250} ${my + 20}`, ink, 4));
  // Released mosquitoes in the distance
  for (let i = 0; i < 7; i++) {
    const x = ctx.rand(400, 1550);
    const y = ctx.rand(60, 220);
    if (Math.hypot(x - lx, y - ly) < 330) continue;
    out.push(g([ellipse(0, 0, 16, 5, ink), ellipse(6, -8, 14, 5, mix(p.water, p.light, 0.5), { transform: 'rotate(-30)' }), line(-10, 2, -20, 14, ink, 2), line(0, 3, 4, 16, ink, 2)], { transform: tr(x, y, ctx.rand(-20, 20)) }));
  }
  return out;
}

/** Gunungan and a shadow puppet on a lit screen; pixel squares scatter from the right edge. */
function motifWayang(ctx) {
  const { p } = ctx;
  const out = [];
  out.push(rect(0, 0, W, H, p.ink));
  // Screen
  const sx = 120;
  const sy = 70;
  const sw = 1360;
  const sh = 640;
  out.push(rect(sx - 16, sy - 16, sw + 32, sh + 32, p.deep));
  out.push(rect(sx, sy, sw, sh, ctx.rad([[0, mix(p.land, p.light, 0.6)], [0.6, mix(p.land, p.accent, 0.25)], [1, mix(p.accent, p.deep, 0.35)]], 0.45, 0.25, 0.85)));
  // Lamp
  out.push(pathEl('M700 20 L760 20 L780 56 L680 56 Z', p.land));
  out.push(ellipse(730, 70, 22, 16, p.light));
  const shadow = mix(p.ink, p.deep, 0.2);
  // Gunungan
  const gx = 700;
  const gb = 690;
  const gw = 360;
  const gh = 560;
  const gpath = d`M${gx} ${gb - gh} C${gx + gw * 0.12} ${gb - gh * 0.78} ${gx + gw * 0.56} ${gb - gh * 0.58} ${gx + gw * 0.5} ${gb - gh * 0.3} C${gx + gw * 0.46} ${gb - gh * 0.12} ${gx + gw * 0.3} ${gb - 10} ${gx + gw * 0.26} ${gb} L${gx - gw * 0.26} ${gb} C${gx - gw * 0.3} ${gb - 10} ${gx - gw * 0.46} ${gb - gh * 0.12} ${gx - gw * 0.5} ${gb - gh * 0.3} C${gx - gw * 0.56} ${gb - gh * 0.58} ${gx - gw * 0.12} ${gb - gh * 0.78} ${gx} ${gb - gh} Z`;
  out.push(pathEl(gpath, shadow));
  const cut = mix(p.land, p.light, 0.35);
  // Tree of life cut-outs
  out.push(stroke(d`M${gx} ${gb - 120} L${gx} ${gb - gh + 80}`, cut, 10));
  for (let k = 0; k < 6; k++) {
    const y = gb - 160 - k * 56;
    const spread = 120 - k * 14;
    out.push(stroke(d`M${gx} ${y} Q${gx + spread * 0.6} ${y - 30} ${gx + spread} ${y - 10} q${-14} ${-22} ${-26} ${-6}`, cut, 6));
    out.push(stroke(d`M${gx} ${y} Q${gx - spread * 0.6} ${y - 30} ${gx - spread} ${y - 10} q${14} ${-22} ${26} ${-6}`, cut, 6));
  }
  for (let k = 0; k < 22; k++) {
    const t = k / 21;
    const a = Math.PI * (0.15 + t * 0.7);
    out.push(circle(gx + Math.cos(a) * 0 + (t - 0.5) * gw * 0.82, gb - gh * 0.3 - Math.sin(a) * gh * 0.45 + 30, 5, cut));
  }
  out.push(rect(gx - 50, gb - 90, 100, 80, cut));
  out.push(rect(gx - 4, gb - 90, 8, 80, shadow));
  out.push(poly([[gx - 70, gb - 90], [gx, gb - 130], [gx + 70, gb - 90]], cut));
  out.push(line(gx, gb, gx, H, shadow, 10));
  // Puppet figure (profile facing right): crown, long-nosed face, slim torso, long jointed arms on rods
  const fig = [];
  fig.push(line(4, -300, 4, 130, shadow, 8));
  fig.push(line(96, -128, 150, 70, shadow, 4));
  fig.push(line(-24, -120, -50, 70, shadow, 4));
  fig.push(pathEl('M-34 -330 C-72 -332 -80 -294 -56 -280 C-64 -300 -54 -318 -34 -314 Z', shadow));
  fig.push(pathEl('M-34 -318 C-42 -360 -22 -394 8 -398 C0 -382 4 -366 16 -356 L12 -320 Z', shadow));
  fig.push(pathEl('M-22 -322 L12 -322 C18 -314 22 -306 28 -300 L66 -284 L30 -289 C28 -283 24 -279 18 -277 L20 -268 L-4 -264 C-22 -270 -30 -292 -22 -322 Z', shadow));
  fig.push(rect(-6, -268, 16, 20, shadow));
  fig.push(pathEl('M-30 -252 L36 -252 C40 -230 30 -200 20 -172 L-14 -172 C-24 -200 -34 -230 -30 -252 Z', shadow));
  fig.push(pathEl('M-20 -178 L24 -178 L60 -60 C46 -50 36 -52 26 -58 L14 -18 L2 -58 C-18 -50 -42 -52 -58 -64 Z', shadow));
  fig.push(polyline([[30, -246], [58, -186], [96, -128]], shadow, 10));
  fig.push(polyline([[-24, -246], [-44, -182], [-24, -120]], shadow, 10));
  fig.push(polyline([[36, -60], [56, -6], [94, -2]], shadow, 11));
  fig.push(polyline([[-38, -62], [-54, -6], [-22, -2]], shadow, 11));
  // Punched (tatah) details
  fig.push(pathEl('M2 -306 Q8 -311 14 -305 Q8 -301 2 -306 Z', cut));
  fig.push(stroke('M-22 -240 Q4 -220 30 -240', cut, 3));
  for (let k = 0; k < 5; k++) fig.push(circle(-18 + k * 11, -370 + k * 9, 2.6, cut));
  for (let k = 0; k < 8; k++) fig.push(circle(-44 + k * 12, -66 + Math.abs(k - 3.5) * 1.5, 3, cut));
  for (let k = 0; k < 4; k++) fig.push(circle(0 + k * 6, -160 + k * 26, 3, cut));
  out.push(g(fig, { transform: tr(340, 650, 0, 1.4) }));
  // Banana trunk stage
  out.push(rect(sx - 20, 690, sw + 40, 60, mix(p.leaf, p.ink, 0.2), { rx: 30 }));
  out.push(rect(sx - 20, 700, sw + 40, 10, mix(p.leaf, p.light, 0.3), { opacity: 0.5 }));
  // Digital pixels scatter from the right
  const px = [];
  for (let i = 0; i < 90; i++) {
    const t = ctx.rand(0, 1);
    const x = 1000 + t * 440 + ctx.rand(-30, 30);
    const y = ctx.rand(140, 660);
    const s = 10 + (1 - t) * 26;
    px.push(rect(Math.round(x / 18) * 18, Math.round(y / 18) * 18, s, s, ctx.pick([p.water, p.deep, p.accent, shadow]), { opacity: f(0.95 - t * 0.5) }));
  }
  out.push(g(px));
  // Audience heads
  for (let i = 0; i < 10; i++) out.push(circle(80 + i * 160 + ctx.rand(-20, 20), 880, 50, mix(p.ink, '#000000', 0.3)));
  return out;
}

/** Night market: domed colonial church, string lights, food carts with steam, visitors. */
function motifNightMarket(ctx) {
  const { p } = ctx;
  const out = [];
  out.push(sky(ctx, mix(p.water, p.ink, 0.55), mix(p.water, p.deep, 0.35)));
  for (let i = 0; i < 26; i++) out.push(circle(ctx.rand(0, W), ctx.rand(0, 300), ctx.rand(1.5, 3), p.light, { opacity: 0.7 }));
  // Church with dome
  const bx = 800;
  const bw = mix(p.bg2, p.land, 0.2);
  const shade = mix(p.bg2, p.ink, 0.3);
  out.push(rect(bx - 380, 360, 760, 340, bw));
  out.push(rect(bx - 180, 270, 360, 100, bw));
  out.push(pathEl(d`M${bx - 170} 272 A170 150 0 0 1 ${bx + 170} 272 Z`, mix(p.deep, p.ink, 0.2)));
  out.push(rect(bx - 10, 92, 20, 40, mix(p.deep, p.ink, 0.2)));
  for (const x of [bx - 330, bx + 330]) {
    out.push(rect(x - 50, 250, 100, 450, bw));
    out.push(pathEl(d`M${x - 50} 252 A50 44 0 0 1 ${x + 50} 252 Z`, mix(p.deep, p.ink, 0.2)));
    out.push(rect(x - 16, 300, 32, 60, shade, { rx: 16 }));
  }
  out.push(poly([[bx - 200, 420], [bx, 330], [bx + 200, 420]], mix(p.bg2, p.light, 0.3)));
  out.push(rect(bx - 200, 420, 400, 20, shade));
  for (let c = 0; c < 6; c++) out.push(rect(bx - 180 + c * 70, 440, 24, 260, mix(p.bg2, p.light, 0.4)));
  for (const x of [bx - 270, bx + 250]) for (const y of [400, 530]) out.push(pathEl(d`M${x} ${y + 80} L${x} ${y + 24} A20 24 0 0 1 ${x + 40} ${y + 24} L${x + 40} ${y + 80} Z`, shade));
  // Warm glow
  out.push(rect(0, 420, W, 480, ctx.lin([[0, p.accent, 0], [1, p.accent, 0.35]])));
  // String lights
  for (const [y0, sag] of [[120, 160], [200, 130]]) {
    const pts = [];
    for (let k = 0; k <= 24; k++) {
      const t = k / 24;
      pts.push([t * W, y0 + sag * 4 * t * (1 - t)]);
    }
    out.push(polyline(pts, p.ink, 2));
    pts.forEach(([x, y], k) => {
      out.push(circle(x, y + 8, 18, p.land, { opacity: 0.2 }));
      out.push(circle(x, y + 8, 7, k % 3 ? p.land : p.accent));
    });
  }
  // Ground
  out.push(rect(0, 700, W, H - 700, mix(p.ink, p.deep, 0.35)));
  // Food carts
  const cart = (x, base, canopy) =>
    g([
      rect(x - 120, base - 200, 8, 140, p.ink),
      rect(x + 112, base - 200, 8, 140, p.ink),
      poly([[x - 150, base - 200], [x + 150, base - 200], [x + 130, base - 240], [x - 130, base - 240]], canopy),
      ...[0, 1, 2, 3, 4].map((k) => rect(x - 150 + k * 60, base - 200, 30, 16, p.light, { opacity: 0.9 })),
      rect(x - 130, base - 130, 260, 90, mix(p.land, p.deep, 0.35)),
      rect(x - 110, base - 120, 120, 50, p.land, { opacity: 0.85 }),
      circle(x - 80, base - 28, 30, p.ink),
      circle(x + 80, base - 28, 30, p.ink),
      circle(x - 80, base - 28, 10, p.land),
      circle(x + 80, base - 28, 10, p.land),
      stroke(d`M${x + 60} ${base - 140} q-16 -30 0 -60 q16 -30 0 -60`, p.light, 5, { opacity: 0.5 }),
      stroke(d`M${x + 90} ${base - 140} q-16 -30 0 -60 q16 -30 0 -60`, p.light, 5, { opacity: 0.4 }),
    ]);
  out.push(cart(230, 860, p.deep));
  out.push(cart(1370, 860, p.water));
  out.push(cart(800, 890, p.accent));
  // Visitors
  const vc = [p.deep, p.water, mix(p.ink, p.deep, 0.4), p.leaf, p.muted];
  for (let i = 0; i < 9; i++) {
    const x = 60 + i * 190 + ctx.rand(-30, 30);
    if (Math.abs(x - 800) < 170) continue;
    out.push(person(x, 900 + ctx.rand(0, 10), ctx.rand(170, 210), ctx.pick(vc), mix(p.ink, '#000000', 0.2), { walk: ctx.chance(0.5) }));
  }
  return out;
}

/** Photo print half dissolving into pixels, with a bold label bar beneath it. */
function motifLabelledImage(ctx) {
  const { p } = ctx;
  const out = [];
  out.push(sky(ctx, p.bg, p.bg2));
  out.push(halftone(ctx, 0, 600, W, H, 20, 4.5, p.deep, 0.25));
  const fx = 360;
  const fy = 110;
  const fw = 780;
  const fh = 520;
  const photo = [];
  photo.push(rect(fx + 22, fy + 26, fw, fh + 150, p.ink, { opacity: 0.18 }));
  photo.push(rect(fx, fy, fw, fh, p.light));
  const ix = fx + 30;
  const iy = fy + 30;
  const iw = fw - 60;
  const ih = fh - 60;
  const clip = ctx.clip(rect(ix, iy, iw, ih, '#000'));
  const scene = [
    rect(ix, iy, iw, ih, mix(p.water, p.light, 0.55)),
    circle(ix + iw * 0.7, iy + ih * 0.3, 60, p.accent),
    poly([[ix - 20, iy + ih], [ix + 200, iy + ih * 0.45], [ix + 420, iy + ih]], p.water),
    poly([[ix + 250, iy + ih], [ix + 480, iy + ih * 0.35], [ix + iw + 40, iy + ih]], p.deep),
    rect(ix, iy + ih * 0.82, iw, ih * 0.2, p.leaf),
  ];
  photo.push(g(scene, { 'clip-path': clip }));
  // Pixelation over the right part of the photo and flying off the frame
  const cell = 36;
  for (let y = iy; y < iy + ih; y += cell) {
    for (let x = ix + iw * 0.55; x < fx + fw + 340; x += cell) {
      const t = (x - (ix + iw * 0.55)) / 560;
      if (ctx.rand(0, 1) < t * 0.9 + 0.05) continue;
      const inside = x + cell <= ix + iw;
      const col = inside ? ctx.pick([mix(p.water, p.light, 0.4), p.water, p.deep, mix(p.deep, p.accent, 0.3), p.leaf]) : ctx.pick([p.water, p.deep, p.accent, p.muted]);
      photo.push(rect(x + (inside ? 0 : ctx.rand(-6, 6)), y + (inside ? 0 : ctx.rand(-6, 6)), cell - (inside ? 0 : 10), cell - (inside ? 0 : 10), col, { opacity: inside ? 1 : f(0.9 - t * 0.4) }));
    }
  }
  out.push(...photo);
  // Label bar
  const ly = fy + fh + 24;
  out.push(rect(fx, ly, fw, 110, p.ink));
  const star = (x, y, r) => pathEl(d`M${x} ${y - r} Q${x + r * 0.15} ${y - r * 0.15} ${x + r} ${y} Q${x + r * 0.15} ${y + r * 0.15} ${x} ${y + r} Q${x - r * 0.15} ${y + r * 0.15} ${x - r} ${y} Q${x - r * 0.15} ${y - r * 0.15} ${x} ${y - r} Z`, p.accent);
  out.push(star(fx + 70, ly + 55, 36));
  out.push(star(fx + 112, ly + 30, 14));
  out.push(rect(fx + 160, ly + 30, 420, 20, p.light, { rx: 10 }));
  out.push(rect(fx + 160, ly + 64, 300, 16, p.muted, { rx: 8 }));
  // Magnifier over the label
  out.push(circle(1260, 720, 90, p.light, { opacity: 0.35 }));
  out.push(circle(1260, 720, 90, 'none', { stroke: p.deep, 'stroke-width': 16 }));
  out.push(line(1324, 784, 1420, 880, p.deep, 28));
  return out;
}

/** Ride-hailing scooters lined up before a columned legislature, fare line falling toward a fuel pump. */
function motifScooters(ctx) {
  const { p } = ctx;
  const out = [];
  out.push(sky(ctx, mix(p.bg, p.light, 0.35), p.bg2));
  // Legislature building
  const b = mix(p.muted, p.bg, 0.45);
  out.push(rect(200, 360, 1200, 320, b));
  out.push(poly([[420, 360], [800, 210], [1180, 360]], mix(p.muted, p.bg, 0.2)));
  out.push(rect(400, 360, 800, 24, mix(p.muted, p.bg, 0.2)));
  for (let c = 0; c < 9; c++) out.push(rect(430 + c * 90, 384, 36, 296, mix(p.light, p.bg, 0.4)));
  out.push(rect(0, 680, W, H - 680, mix(p.land, p.bg, 0.3)));
  out.push(rect(0, 680, W, 12, mix(p.land, p.ink, 0.25)));
  // Falling fare line
  const pts = [[120, 130], [420, 160], [700, 220], [980, 250], [1240, 330]];
  out.push(polyline(pts, p.light, 20, { opacity: 0.8 }));
  out.push(polyline(pts, p.deep, 8));
  pts.forEach(([x, y]) => out.push(circle(x, y, 12, p.light, { stroke: p.deep, 'stroke-width': 6 })));
  // Fuel pump
  out.push(rect(1330, 250, 120, 190, p.accent, { rx: 12 }));
  out.push(rect(1352, 276, 76, 50, p.light, { rx: 6 }));
  out.push(rect(1310, 440, 160, 20, p.deep, { rx: 6 }));
  out.push(stroke('M1450 300 C1510 300 1510 380 1480 400', p.ink, 8));
  out.push(poly([[1270, 330], [1240, 360], [1226, 318]], p.deep));
  // Scooters and drivers
  const jacket = p.leaf;
  for (let i = 0; i < 6; i++) {
    const x = 170 + i * 250;
    const y = 860;
    out.push(ellipse(x + 10, y, 140, 12, mix(p.land, p.ink, 0.35)));
    out.push(g(scooter(i % 2 ? mix(p.deep, p.ink, 0.2) : p.deep, p.ink, p.light), { transform: tr(x, y, 0, 1.05) }));
    out.push(pathEl(d`M${x - 70} ${y - 136} A34 30 0 0 1 ${x - 2} ${y - 136} Z`, jacket));
  }
  for (const x of [300, 800, 1300]) out.push(person(x, 760, 200, jacket, p.ink, { legs: p.ink }));
  return out;
}

/* ------------------------------------------------------------------------ */
/* Slug → motif map                                                          */
/* ------------------------------------------------------------------------ */

const MOTIFS = {
  'aceh-coffee-growers-race-traceability-rules': [motifCoffee, { map: true }],
  'panen-kopi-gayo-turun-akibat-hujan': [motifCoffee, { rain: true }],
  'artists-turn-sinking-north-jakarta-into-gallery': [motifSeawall, { variant: 'gallery' }],
  'north-jakarta-pumps-falter-during-king-tide': [motifSeawall, { variant: 'pumps' }],
  'jakarta-flood-sensors-send-street-alerts': [motifRiverSensor],
  'asean-ministers-back-digital-trade-pact': [motifNetwork, { variant: 'table' }],
  'universities-release-open-indonesian-language-model': [motifNetwork, { variant: 'islands' }],
  'asean-must-stop-treating-haze-as-weather': [motifHaze],
  'biodiesel-mandate-squeezes-palm-oil-exports': [motifPalmFuel],
  'nairobi-talks-expose-adaptation-finance-gap': [motifFinanceGap],
  'central-java-villages-vote-by-touchscreen': [motifBallot, { variant: 'touchscreen' }],
  'sri-lanka-provincial-polls-draw-long-queues': [motifBallot, { variant: 'queue' }],
  'jakarta-breaks-ground-east-west-mrt': [motifTunnelTrain],
  'jakarta-needs-sidewalks-not-flyovers': [motifFlyover],
  'jakarta-office-vacancies-hit-record-high': [motifTowers],
  'manila-dockworkers-strike-strands-holiday-cargo': [motifSea, { variant: 'port' }],
  'nelayan-natuna-keluhkan-kapal-pukat-asing': [motifSea, { variant: 'natuna' }],
  'pacific-tuna-talks-end-without-deal': [motifSea, { variant: 'tuna' }],
  'manila-film-festival-puts-climate-on-screen': [motifFilm],
  'mekong-water-release-talks-stall-vientiane': [motifDam],
  'newsrooms-must-label-ai-images-plainly': [motifLabelledImage],
  'osaka-hospitals-trial-ai-triage': [motifTriage],
  'osaka-startup-tests-floating-solar-reservoir': [motifSolar],
  'pekalongan-batik-makers-return-to-natural-dyes': [motifBatik],
  'raja-ampat-corals-spawn-after-bleaching': [motifCoral],
  'rice-self-sufficiency-is-wrong-target': [motifRiceTarget],
  'school-meal-kitchens-strain-east-nusa-tenggara': [motifMealTray],
  'sulawesi-nickel-smelter-expansion-stalls': [motifSmelter],
  'surabaya-ride-hailing-drivers-strike-fares': [motifScooters],
  'wolbachia-mosquito-program-expands-bali': [motifMosquito],
  'young-dalang-reinvents-wayang-for-screens': [motifWayang],
  'pasar-malam-kuliner-hidupkan-kota-lama': [motifNightMarket],
};

/** Fallback for articles added later without an entry in MOTIFS. */
const SECTION_DEFAULTS = {
  world: [motifSea, { variant: 'port' }],
  indonesia: [motifTunnelTrain],
  business: [motifTowers],
  opinion: [motifLabelledImage],
  'science-tech': [motifNetwork, { variant: 'islands' }],
  culture: [motifFilm],
};

/* ------------------------------------------------------------------------ */
/* Rendering                                                                 */
/* ------------------------------------------------------------------------ */

export function renderSvg(slug, section) {
  const palette = PALETTES[section] || PALETTES.world;
  const ctx = makeCtx(slug, palette);
  const [fn, opts] = MOTIFS[slug] || SECTION_DEFAULTS[section] || SECTION_DEFAULTS.world;
  const body = fn(ctx, opts || {}).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">` +
    `<defs>${ctx.defs.join('')}</defs>` +
    `<g>${body}</g>` +
    '</svg>'
  );
}

function readFrontmatterField(src, field) {
  const fm = src.match(/^---\r?\n([\s\S]*?)\r?\n---/);
  if (!fm) return null;
  const m = fm[1].match(new RegExp(`^${field}:\\s*["']?([^"'\\r\\n]+?)["']?\\s*$`, 'm'));
  return m ? m[1] : null;
}

async function main() {
  const only = process.argv.slice(2);
  await mkdir(OUT_DIR, { recursive: true });
  const files = (await readdir(ARTICLES_DIR)).filter((f) => f.endsWith('.md')).sort();
  let total = 0;
  let count = 0;
  const unmapped = [];
  for (const file of files) {
    const slug = file.replace(/\.md$/, '');
    if (only.length && !only.includes(slug)) continue;
    const src = await readFile(path.join(ARTICLES_DIR, file), 'utf8');
    const section = readFrontmatterField(src, 'section') || 'world';
    if (!MOTIFS[slug]) unmapped.push(slug);
    const svg = renderSvg(slug, section);
    const raster = await sharp(Buffer.from(svg), { density: 72 }).resize(W, H, { fit: 'fill' }).png().toBuffer();
    let quality = WEBP.quality;
    let buf = await sharp(raster).webp({ ...WEBP, quality }).toBuffer();
    while (buf.length > TARGET_BYTES && quality > MIN_QUALITY) {
      quality = Math.max(MIN_QUALITY, quality - 6);
      buf = await sharp(raster).webp({ ...WEBP, quality }).toBuffer();
    }
    const out = path.join(OUT_DIR, `${slug}.webp`);
    await writeFile(out, buf);
    total += buf.length;
    count++;
    const kb = (buf.length / 1024).toFixed(1);
    const warn = buf.length > MAX_BYTES ? '  WARNING: over 90 KB' : '';
    const q = quality !== WEBP.quality ? `  (quality ${quality})` : '';
    console.log(`${path.relative(ROOT, out)}  ${kb} KB${q}${warn}`);
  }
  console.log(`${count} images, ${(total / 1024).toFixed(1)} KB total`);
  if (unmapped.length) console.log(`No motif mapped for: ${unmapped.join(', ')} (used section default)`);
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
