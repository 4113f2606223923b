import { W, H } from '../canvas.mjs';
import { mix } from '../palettes.mjs';
import { d, rect, circle, pathEl, poly, polyline, stroke, g } from '../svg.mjs';
import { sky } from '../primitives/backdrop.mjs';
import { person } from '../primitives/people.mjs';

/** Night market: domed colonial church, string lights, food carts with steam, visitors. */
export function motifNightMarket(ctx) {
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
