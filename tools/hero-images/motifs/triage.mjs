import { W, H } from '../canvas.mjs';
import { mix } from '../palettes.mjs';
import { rect, circle, polyline } from '../svg.mjs';
import { sky, halftone } from '../primitives/backdrop.mjs';

/** Hospital triage: tablet with ranked rows, ECG line, cross, night-shift moon. */
export function motifTriage(ctx) {
  const { p } = ctx;
  const out = [];
  out.push(sky(ctx, mix(p.deep, p.ink, 0.4), p.deep));
  out.push(halftone(ctx, 0, 560, W, H, 22, 5, p.water, 0.35));
  for (let i = 0; i < 30; i++) out.push(circle(ctx.rand(0, W), ctx.rand(0, 260), ctx.rand(1.5, 3), p.light, { opacity: 0.6 }));
  out.push(circle(230, 150, 60, p.light, { opacity: 0.9 }));
  out.push(circle(258, 132, 56, mix(p.deep, p.ink, 0.38)));
  // Hospital building
  out.push(rect(120, 380, 620, 520, mix(p.deep, p.muted, 0.25)));
  out.push(rect(420, 300, 320, 600, mix(p.deep, p.muted, 0.35)));
  for (let r = 0; r < 9; r++) {
    for (let c = 0; c < 10; c++) {
      const x = 140 + c * 58;
      const y = 400 + r * 52;
      if (x > 700) continue;
      out.push(rect(x, y, 36, 28, ctx.chance(0.35) ? p.land : mix(p.deep, p.ink, 0.2)));
    }
  }
  out.push(rect(540, 220, 80, 80, p.light, { rx: 10 }));
  out.push(rect(568, 232, 24, 56, p.accent));
  out.push(rect(552, 248, 56, 24, p.accent));
  // ECG line
  const ey = 300;
  const ecg = [[-10, ey], [820, ey], [850, ey - 30], [870, ey + 40], [900, ey - 170], [930, ey + 120], [960, ey], [1600, ey]];
  out.push(polyline(ecg, p.accent, 14, { opacity: 0.35 }));
  out.push(polyline(ecg, p.accent, 6));
  // Tablet
  const tx = 880;
  const ty = 400;
  out.push(rect(tx + 20, ty + 24, 600, 430, p.ink, { rx: 34, opacity: 0.4 }));
  out.push(rect(tx, ty, 600, 430, p.ink, { rx: 34 }));
  out.push(rect(tx + 26, ty + 26, 548, 378, p.light, { rx: 12 }));
  const levels = [p.accent, p.accent, p.land, p.land, p.leaf, p.leaf];
  levels.forEach((c, i) => {
    const y = ty + 52 + i * 58;
    out.push(rect(tx + 50, y, 500, 44, i % 2 ? mix(p.light, p.muted, 0.25) : mix(p.light, p.muted, 0.12), { rx: 8 }));
    out.push(circle(tx + 82, y + 22, 14, c));
    out.push(rect(tx + 116, y + 14, 250 - i * 26, 16, mix(p.muted, p.deep, 0.3), { rx: 8 }));
    out.push(rect(tx + 470, y + 14, 56, 16, c, { rx: 8, opacity: 0.6 }));
  });
  return out;
}
