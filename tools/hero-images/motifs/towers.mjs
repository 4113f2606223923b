import { W } from '../canvas.mjs';
import { mix } from '../palettes.mjs';
import { rect, circle, poly, polyline } from '../svg.mjs';
import { sky } from '../primitives/backdrop.mjs';
import { skylineBand } from '../primitives/buildings.mjs';

/** Office towers with sparse lit windows and a rising line chart. */
export function motifTowers(ctx) {
  const { p } = ctx;
  const out = [];
  out.push(sky(ctx, mix(p.bg, p.light, 0.4), p.bg2));
  out.push(skylineBand(ctx, 900, -20, W + 20, 140, 320, mix(p.bg2, p.muted, 0.45), { spires: true }));
  const towers = [
    [90, 200, 560, p.deep],
    [320, 170, 430, p.water],
    [520, 230, 700, mix(p.deep, p.ink, 0.25)],
    [780, 180, 520, p.muted],
    [990, 220, 640, p.water],
    [1240, 160, 460, p.deep],
    [1420, 200, 600, mix(p.deep, p.ink, 0.25)],
  ];
  towers.forEach(([x, w, h, col], ti) => {
    const top = 900 - h;
    out.push(rect(x, top, w, h, col));
    if (ti % 3 === 0) out.push(poly([[x, top], [x + w, top - 60], [x + w, top]], col));
    if (ti % 3 === 1) out.push(rect(x + w / 2 - 4, top - 90, 8, 90, col));
    const cols = Math.floor((w - 24) / 28);
    const rows = Math.floor((h - 40) / 34);
    const cw = (w - 24) / cols;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const lit = ctx.chance(0.22);
        out.push(rect(x + 12 + c * cw + 3, top + 26 + r * 34, cw - 6, 22, lit ? p.accent : mix(col, p.light, 0.22)));
      }
    }
  });
  // Rising vacancy line
  const pts = [[80, 420], [330, 390], [560, 330], [800, 300], [1020, 230], [1250, 200], [1500, 110]];
  out.push(polyline(pts, p.light, 22, { opacity: 0.85 }));
  out.push(polyline(pts, p.accent, 9));
  pts.forEach(([x, y], i) => out.push(circle(x, y, i === pts.length - 1 ? 24 : 12, i === pts.length - 1 ? p.accent : p.light, { stroke: p.accent, 'stroke-width': 6 })));
  return out;
}
