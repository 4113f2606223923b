import { W, H } from '../canvas.mjs';
import { mix } from '../palettes.mjs';
import { d, rect, circle, pathEl, poly, polyline, line, stroke, g, tr } from '../svg.mjs';
import { sky } from '../primitives/backdrop.mjs';

/** Smelter stacks and kiln beside an unfinished steel frame, pylons carrying power. */
export function motifSmelter(ctx) {
  const { p } = ctx;
  const out = [];
  out.push(sky(ctx, mix(p.bg, p.light, 0.3), mix(p.land, p.bg, 0.5)));
  out.push(poly([[-20, 520], [260, 260], [480, 420], [700, 230], [1000, 520]], mix(p.leaf, p.bg, 0.45)));
  out.push(poly([[700, 520], [1020, 300], [1260, 440], [1440, 280], [1640, 520]], mix(p.leaf, p.bg, 0.3)));
  out.push(rect(0, 520, W, H - 520, mix(p.land, p.ink, 0.25)));
  out.push(rect(0, 520, W, 30, mix(p.land, p.ink, 0.1)));
  // Stacks with plumes
  for (const [x, h] of [[180, 420], [290, 480], [400, 400]]) {
    const top = 760 - h;
    out.push(pathEl(d`M${x - 34} 760 L${x - 22} ${top} L${x + 22} ${top} L${x + 34} 760 Z`, mix(p.muted, p.light, 0.15)));
    out.push(rect(x - 24, top + 20, 48, 22, p.accent));
    out.push(rect(x - 25, top + 60, 50, 14, p.accent));
    for (let k = 0; k < 5; k++) out.push(circle(x + 20 + k * 34, top - 30 - k * 20, 26 + k * 8, mix(p.bg2, p.muted, 0.3), { opacity: 0.75 - k * 0.1 }));
  }
  // Rotary kiln
  out.push(g([rect(-260, -40, 520, 80, mix(p.deep, p.ink, 0.2), { rx: 40 }), rect(-180, -44, 18, 88, p.accent), rect(60, -44, 18, 88, p.accent)], { transform: tr(350, 700, -6) }));
  for (const x of [180, 350, 520]) out.push(rect(x - 14, 700 - (x - 350) * 0.1, 28, 110, p.ink));
  // Unfinished steel frame
  const fx = 760;
  const fy = 800;
  const cols = 6;
  const levels = 4;
  const cw = 130;
  const lh = 110;
  for (let c = 0; c < cols; c++) {
    const hLev = c < 3 ? levels : levels - (c - 2);
    out.push(rect(fx + c * cw - 7, fy - hLev * lh, 14, hLev * lh, p.ink));
  }
  for (let l = 1; l <= levels; l++) {
    const maxC = l <= 1 ? cols - 1 : Math.min(cols - 1, cols - (l - 1) + 0);
    out.push(rect(fx, fy - l * lh - 6, Math.max(0, (Math.min(maxC, l === levels ? 2 : maxC)) * cw), 12, p.ink));
  }
  for (let c = 0; c < 2; c++) out.push(line(fx + c * cw, fy - lh, fx + (c + 1) * cw, fy - 2 * lh, p.ink, 5));
  out.push(rect(fx + 420, fy - 30, 200, 30, mix(p.land, p.ink, 0.4)));
  for (let k = 0; k < 4; k++) out.push(rect(fx + 430, fy - 40 - k * 10, 180, 8, p.ink));
  // Pylons with sagging power lines
  const pylon = (x, base, h) =>
    g([
      polyline([[x - 40, base], [x, base - h], [x + 40, base]], p.deep, 6),
      line(x - 60, base - h * 0.8, x + 60, base - h * 0.8, p.deep, 6),
      line(x - 44, base - h * 0.6, x + 44, base - h * 0.6, p.deep, 5),
      line(x - 30, base - h * 0.35, x + 30, base - h * 0.35, p.deep, 4),
    ]);
  out.push(pylon(1450, 560, 360));
  out.push(pylon(1240, 540, 240));
  out.push(stroke('M1190 348 Q1300 400 1390 272', p.deep, 2.5));
  out.push(stroke('M1290 348 Q1390 380 1510 272', p.deep, 2.5));
  out.push(stroke('M1510 272 Q1580 320 1640 300', p.deep, 2.5));
  return out;
}
