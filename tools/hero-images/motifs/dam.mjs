import { W, H } from '../canvas.mjs';
import { mix } from '../palettes.mjs';
import { rect, circle, ellipse, poly, line, g, tr } from '../svg.mjs';
import { sky } from '../primitives/backdrop.mjs';
import { cubicPoint, cubicTangent } from '../primitives/curves.mjs';

/** Dam with a thin spillway trickle, reservoir behind, river winding down between dry and green paddies. */
export function motifDam(ctx) {
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
