import { W } from '../canvas.mjs';
import { mix } from '../palettes.mjs';
import { rect, circle, pathEl, poly, line, stroke } from '../svg.mjs';
import { sky, waveLine, hills } from '../primitives/backdrop.mjs';

/** Floating solar array on a reservoir under a big sun. */
export function motifSolar(ctx) {
  const { p } = ctx;
  const out = [];
  out.push(sky(ctx, mix(p.bg, p.light, 0.4), p.bg2, 0.5));
  out.push(circle(1250, 170, 200, mix(p.accent, p.bg, 0.75)));
  out.push(circle(1250, 170, 140, mix(p.accent, p.bg, 0.5)));
  out.push(circle(1250, 170, 96, p.accent));
  // Wind curls
  out.push(stroke('M80 140 C220 100 340 180 480 130 C560 100 560 40 500 40 C460 40 450 90 490 100', p.muted, 6));
  out.push(stroke('M160 240 C300 200 420 270 600 220', p.muted, 5, { opacity: 0.6 }));
  out.push(hills(ctx, 420, 40, mix(p.leaf, p.bg, 0.4), {}, 3));
  out.push(hills(ctx, 470, 25, mix(p.leaf, p.bg, 0.15), {}, 5));
  // Farm strips
  for (let i = 0; i < 8; i++) out.push(rect(0, 480 + i * 14, W, 7, mix(p.leaf, p.land, 0.35), { opacity: 0.5 }));
  // Reservoir
  out.push(pathEl('M-20 560 C300 520 1300 520 1620 560 L1620 910 L-20 910 Z', p.water));
  for (let k = 0; k < 6; k++) out.push(waveLine(-40, W + 40, 600 + k * 52, 4, 120, mix(p.water, p.light, 0.3), 3, { opacity: 0.5 }));
  // Panel grid in perspective
  const rows = 6;
  const cols = 14;
  const vx = 800;
  const vy = 120;
  const y0 = 600;
  const y1 = 860;
  const xl = 240;
  const xr = 1360;
  const proj = (u, v) => {
    const y = y0 + (y1 - y0) * v;
    const s = (y - vy) / (y1 - vy);
    const x = vx + ((xl + (xr - xl) * u) - vx) * s;
    return [x, y];
  };
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const u0 = c / cols + 0.006;
      const u1 = (c + 1) / cols - 0.006;
      const v0 = r / rows + 0.02;
      const v1 = (r + 1) / rows - 0.05;
      const a = proj(u0, v0);
      const b = proj(u1, v0);
      const cc = proj(u1, v1);
      const dd = proj(u0, v1);
      out.push(poly([[dd[0], dd[1] + 8], [cc[0], cc[1] + 8], [cc[0], cc[1] + 14], [dd[0], dd[1] + 14]], p.light, { opacity: 0.7 }));
      out.push(poly([a, b, cc, dd], (r + c) % 5 === 0 ? mix(p.deep, p.water, 0.35) : p.deep));
      const m1 = [(a[0] + b[0]) / 2, a[1]];
      const m2 = [(dd[0] + cc[0]) / 2, dd[1]];
      out.push(line(m1[0], m1[1], m2[0], m2[1], p.muted, 1.5, { opacity: 0.7 }));
    }
  }
  // Mooring lines and buoys
  for (const [u, v, tx, ty] of [[0, 0, 60, 560], [1, 0, 1540, 560], [0, 1, 60, 900], [1, 1, 1540, 900]]) {
    const [x, y] = proj(u, v);
    out.push(line(x, y, tx, ty, p.ink, 3, { opacity: 0.6 }));
    out.push(circle((x + tx) / 2, (y + ty) / 2, 10, p.accent));
  }
  return out;
}
