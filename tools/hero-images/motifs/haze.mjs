import { W, H } from '../canvas.mjs';
import { mix } from '../palettes.mjs';
import { rect, circle, ellipse, pathEl, poly, line, g, tr } from '../svg.mjs';
import { sky, halftone } from '../primitives/backdrop.mjs';
import { person } from '../primitives/people.mjs';
import { frond } from '../primitives/plants.mjs';

/** Haze bands over a stilt-house river town, pale sun, distant smoke plumes. */
export function motifHaze(ctx) {
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
