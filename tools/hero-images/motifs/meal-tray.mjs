import { W, H } from '../canvas.mjs';
import { mix } from '../palettes.mjs';
import { f, rect, circle, ellipse, stroke, g, tr } from '../svg.mjs';
import { leaf } from '../primitives/plants.mjs';

/** Top-down school meal tray: rice, halved eggs, greens, carrot; supply route dotted line with truck. */
export function motifMealTray(ctx) {
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
