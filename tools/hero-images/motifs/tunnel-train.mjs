import { W } from '../canvas.mjs';
import { mix } from '../palettes.mjs';
import { d, rect, circle, ellipse, pathEl, poly, line, g, tr } from '../svg.mjs';
import { wave } from '../primitives/backdrop.mjs';
import { skylineBand } from '../primitives/buildings.mjs';

/** Tunnel boring under a street with barriers; a train silhouette in the finished bore. */
export function motifTunnelTrain(ctx) {
  const { p } = ctx;
  const out = [];
  const surf = 380;
  out.push(rect(0, 0, W, surf, ctx.lin([[0, mix(p.bg, p.light, 0.4)], [1, p.bg2]])));
  out.push(skylineBand(ctx, surf - 30, -20, W + 20, 80, 240, mix(p.muted, p.bg, 0.35), { windows: p.light, windowRate: 0.2 }));
  // Tower crane
  out.push(line(1180, surf - 30, 1180, 50, p.ink, 10));
  out.push(line(960, 60, 1500, 60, p.ink, 10));
  out.push(line(1180, 20, 960, 60, p.ink, 3));
  out.push(line(1180, 20, 1500, 60, p.ink, 3));
  out.push(rect(1400, 60, 4, 130, p.ink));
  out.push(rect(1380, 190, 44, 24, p.accent));
  out.push(rect(1020, 62, 70, 40, p.ink));
  // Street and barriers
  out.push(rect(0, surf - 30, W, 30, mix(p.ink, p.muted, 0.3)));
  for (let x = 200; x < 1100; x += 110) {
    out.push(rect(x, surf - 90, 96, 60, p.light));
    for (let s = 0; s < 4; s++) out.push(poly([[x + s * 26, surf - 90], [x + s * 26 + 14, surf - 90], [x + s * 26 - 6, surf - 30], [x + s * 26 - 20, surf - 30]], p.accent, { 'clip-path': ctx.clip(rect(x, surf - 90, 96, 60, '#000')) }));
  }
  // Ground strata
  const strata = [mix(p.land, p.bg, 0.2), mix(p.land, p.ink, 0.1), mix(p.land, p.ink, 0.25), mix(p.land, p.ink, 0.38)];
  strata.forEach((c, i) => out.push(wave(surf + i * 130, 10, 500, i * 130, c)));
  // Groundbreaking shovels in a mound
  out.push(ellipse(1300, surf + 4, 140, 40, mix(p.land, p.ink, 0.2)));
  for (const [x, rot] of [[1250, -12], [1300, 0], [1350, 12]]) {
    out.push(g([rect(-5, -170, 10, 150, p.deep), rect(-22, -190, 44, 16, p.deep, { rx: 6 }), pathEl('M-26 -24 L26 -24 L22 24 Q0 44 -22 24 Z', p.land)], { transform: tr(x, surf - 10, rot) }));
  }
  // Tunnel bore
  const ty = 660;
  const tr0 = 150;
  const tEnd = 1240;
  out.push(rect(-20, ty - tr0, tEnd + 20, tr0 * 2, mix(p.ink, p.deep, 0.2)));
  for (let x = 40; x < tEnd; x += 90) out.push(rect(x, ty - tr0, 8, tr0 * 2, mix(p.ink, p.deep, 0.45)));
  out.push(rect(-20, ty + tr0 - 30, tEnd + 20, 30, mix(p.ink, p.muted, 0.25)));
  // Train in the finished bore
  const trainY = ty + tr0 - 36;
  out.push(pathEl(d`M-40 ${trainY - 170} L860 ${trainY - 170} C960 ${trainY - 170} 1010 ${trainY - 110} 1030 ${trainY - 40} L1030 ${trainY} L-40 ${trainY} Z`, p.light));
  out.push(rect(-40, trainY - 40, 1072, 14, p.accent));
  for (let x = 20; x < 800; x += 140) out.push(rect(x, trainY - 140, 100, 60, p.deep, { rx: 10 }));
  out.push(pathEl(d`M870 ${trainY - 140} C930 ${trainY - 140} 970 ${trainY - 110} 985 ${trainY - 80} L870 ${trainY - 80} Z`, p.deep));
  for (let x = 120; x < 800; x += 280) out.push(rect(x, trainY - 150, 6, 140, mix(p.light, p.muted, 0.4)));
  // Boring machine cutter head at the face
  const cx = tEnd + 40;
  out.push(circle(cx, ty, tr0 + 10, p.accent));
  out.push(circle(cx, ty, tr0 - 20, mix(p.accent, p.ink, 0.25)));
  for (let k = 0; k < 6; k++) {
    const a = (k / 6) * Math.PI * 2 + 0.3;
    out.push(line(cx, ty, cx + Math.cos(a) * (tr0 - 6), ty + Math.sin(a) * (tr0 - 6), p.accent, 14));
  }
  out.push(circle(cx, ty, 36, p.ink));
  for (let k = 0; k < 16; k++) {
    const a = (k / 16) * Math.PI * 2;
    out.push(circle(cx + Math.cos(a) * (tr0 - 2), ty + Math.sin(a) * (tr0 - 2), 9, p.ink));
  }
  return out;
}
