/**
 * The per-image drawing context handed to every motif: palette, seeded random
 * helpers and the <defs> (gradients, clips, patterns) collected while drawing.
 * Every random helper draws from one sequence, so reordering calls inside a
 * motif changes its picture (and its committed image).
 */

import { fnv1a, mulberry32 } from './seeded-random.mjs';
import { attrs } from './svg.mjs';

export function makeCtx(slug, palette) {
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
