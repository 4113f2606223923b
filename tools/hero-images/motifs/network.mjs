import { W, H } from '../canvas.mjs';
import { mix } from '../palettes.mjs';
import { f, rect, circle, ellipse, pathEl, line, g, tr } from '../svg.mjs';
import { sky, halftone } from '../primitives/backdrop.mjs';
import { signal } from '../primitives/markers.mjs';

/** Network motifs. 'table': round table seen from above with linked seats and some dashed (deferred) links. 'islands': neural network rising from an archipelago. */
export function motifNetwork(ctx, o = {}) {
  const { p } = ctx;
  const out = [];
  if (o.variant === 'islands') {
    out.push(sky(ctx, mix(p.deep, p.ink, 0.3), p.deep));
    out.push(halftone(ctx, 0, 560, W, H, 22, 4, p.water, 0.35));
    // Islands
    const islands = [[150, 720, 210, 60, -25], [440, 800, 200, 34, -4], [560, 650, 160, 110, 10], [860, 690, 110, 90, 30], [1040, 800, 120, 26, 0], [1320, 700, 200, 80, 8], [720, 820, 90, 22, 2]];
    const anchors = [];
    islands.forEach(([x, y, rx, ry, rot], i) => {
      let dd = '';
      const N = 18;
      for (let k = 0; k <= N; k++) {
        const a = (k / N) * Math.PI * 2;
        const rr = 1 + ctx.rand(-0.18, 0.18);
        const px = Math.cos(a) * rx * rr;
        const py = Math.sin(a) * ry * rr;
        dd += `${k ? 'L' : 'M'}${f(px)} ${f(py)}`;
      }
      out.push(pathEl(dd + 'Z', i % 2 ? p.leaf : mix(p.leaf, p.land, 0.4), { transform: tr(x, y, rot), 'stroke-linejoin': 'round', stroke: i % 2 ? p.leaf : mix(p.leaf, p.land, 0.4), 'stroke-width': 14 }));
      anchors.push([x - rx * 0.3, y - ry * 0.2], [x + rx * 0.3, y + ry * 0.1]);
    });
    const layers = [anchors.length, 9, 6, 3];
    const ys = [null, 470, 310, 150];
    const nodes = [anchors];
    for (let l = 1; l < layers.length; l++) {
      const n = layers[l];
      const span = 1100 - l * 200;
      nodes.push(Array.from({ length: n }, (_, i) => [W / 2 - span / 2 + (span * i) / Math.max(1, n - 1), ys[l]]));
    }
    for (let l = 0; l < nodes.length - 1; l++) {
      for (const a of nodes[l]) {
        for (const b of nodes[l + 1]) {
          if (l === 0 && ctx.chance(0.7)) continue;
          out.push(line(a[0], a[1], b[0], b[1], p.muted, l === 0 ? 2 : 2.5, { opacity: l === 0 ? 0.4 : 0.35 }));
        }
      }
    }
    nodes.forEach((layer, l) =>
      layer.forEach(([x, y]) => {
        if (l === 0) {
          out.push(circle(x, y, 9, p.accent));
          return;
        }
        out.push(circle(x, y, l === 3 ? 30 : 22, l === 3 ? p.accent : p.light));
        out.push(circle(x, y, l === 3 ? 14 : 9, l === 3 ? p.light : p.water));
      }),
    );
    return out;
  }
  // table
  out.push(sky(ctx, p.bg, p.bg2));
  out.push(halftone(ctx, 0, 0, W, 300, 24, 4, p.muted, 0.3, 'up'));
  const cx = 800;
  const cy = 520;
  const rx = 560;
  const ry = 260;
  out.push(ellipse(cx, cy + 30, rx + 30, ry + 30, mix(p.ink, p.bg, 0.75)));
  // Chairs
  const seats = 12;
  const seatPts = [];
  for (let i = 0; i < seats; i++) {
    const a = (i / seats) * Math.PI * 2 + Math.PI / seats;
    const x = cx + Math.cos(a) * (rx + 60);
    const y = cy + Math.sin(a) * (ry + 50);
    out.push(rect(x - 40, y - 30, 80, 60, i % 3 === 0 ? p.accent : mix(p.deep, p.bg, 0.2), { rx: 18 }));
    seatPts.push([cx + Math.cos(a) * (rx - 80), cy + Math.sin(a) * (ry - 50)]);
  }
  out.push(ellipse(cx, cy, rx, ry, mix(p.land, p.bg, 0.15)));
  out.push(ellipse(cx, cy, rx - 30, ry - 20, mix(p.land, p.light, 0.3)));
  // Links
  seatPts.forEach(([x, y], i) => {
    const dashed = i % 4 === 3;
    out.push(line(x, y, cx, cy, dashed ? p.muted : p.deep, dashed ? 4 : 6, dashed ? { 'stroke-dasharray': '4 14' } : {}));
    const [nx, ny] = seatPts[(i + 1) % seats];
    out.push(line(x, y, nx, ny, p.water, 3, { opacity: 0.6 }));
  });
  seatPts.forEach(([x, y], i) => {
    const dashed = i % 4 === 3;
    out.push(circle(x, y, 24, dashed ? 'none' : p.light, { stroke: dashed ? p.muted : p.deep, 'stroke-width': 5, 'stroke-dasharray': dashed ? '6 6' : undefined }));
    if (!dashed) {
      if (i % 4 === 0) out.push(rect(x - 13, y - 9, 26, 18, p.accent, { rx: 3 }));
      else if (i % 4 === 1) out.push(g([rect(x - 10, y - 13, 20, 26, p.water, { rx: 2 }), line(x - 5, y - 4, x + 5, y - 4, p.light, 3), line(x - 5, y + 4, x + 5, y + 4, p.light, 3)]));
      else out.push(circle(x, y, 10, p.leaf));
    }
  });
  out.push(circle(cx, cy, 70, p.deep));
  out.push(circle(cx, cy, 46, p.accent));
  out.push(circle(cx, cy, 18, p.light));
  out.push(signal(cx, cy, 3, 110, p.deep, 3, -90, 360).replace('<g', '<g opacity="0.25"'));
  return out;
}
