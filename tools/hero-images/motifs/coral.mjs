import { W, H } from '../canvas.mjs';
import { mix } from '../palettes.mjs';
import { f, d, rect, circle, ellipse, pathEl, poly, line, stroke, g } from '../svg.mjs';

/** Reef at night: branching and table corals, some still pale, releasing rising clouds of egg bundles. */
export function motifCoral(ctx) {
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
