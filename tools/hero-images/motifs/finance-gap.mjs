import { W, H } from '../canvas.mjs';
import { mix } from '../palettes.mjs';
import { d, rect, circle, ellipse, pathEl, poly, polyline, line } from '../svg.mjs';
import { sky, hills } from '../primitives/backdrop.mjs';

/** Cracked dry riverbed, a half-built sand dam (rest in dashed outline) and pledge vs payment coin stacks. */
export function motifFinanceGap(ctx) {
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
