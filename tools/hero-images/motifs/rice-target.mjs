import { W, H } from '../canvas.mjs';
import { mix } from '../palettes.mjs';
import { f, d, rect, circle, ellipse, poly, line, stroke, g, tr } from '../svg.mjs';
import { sky } from '../primitives/backdrop.mjs';
import { frond } from '../primitives/plants.mjs';

/** Rice stalks before a target whose arrow has landed off-centre; forest edge at left. */
export function motifRiceTarget(ctx) {
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
