import { W, H } from '../canvas.mjs';
import { mix } from '../palettes.mjs';
import { f, d, circle, ellipse, poly, stroke } from '../svg.mjs';
import { sky, hills, cloud, rain } from '../primitives/backdrop.mjs';
import { cubicPoint, cubicTangent } from '../primitives/curves.mjs';
import { pin } from '../primitives/markers.mjs';
import { leaf } from '../primitives/plants.mjs';

/** Coffee branch with cherries; variants: map pins over a plotted farm, or rain. */
export function motifCoffee(ctx, o = {}) {
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
