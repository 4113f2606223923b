import { W, H } from '../canvas.mjs';
import { mix } from '../palettes.mjs';
import { d, rect, circle, ellipse, pathEl, poly, polyline, stroke } from '../svg.mjs';
import { sky, hills } from '../primitives/backdrop.mjs';
import { palm } from '../primitives/plants.mjs';

/** Palm trees, a fuel drop containing palm fruit, and falling export bars. */
export function motifPalmFuel(ctx) {
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
