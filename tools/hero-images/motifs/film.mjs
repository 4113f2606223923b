import { W, H } from '../canvas.mjs';
import { mix } from '../palettes.mjs';
import { f, d, rect, circle, pathEl, poly, line, stroke, g, tr } from '../svg.mjs';
import { wave, cloud, rain } from '../primitives/backdrop.mjs';
import { palm } from '../primitives/plants.mjs';

/** Tilted film strip on a dark ground whose frames show a storm spiral, wind-bent palm, stilt house, boat. */
export function motifFilm(ctx) {
  const { p } = ctx;
  const out = [];
  out.push(rect(0, 0, W, H, ctx.lin([[0, mix(p.ink, p.deep, 0.3)], [1, p.ink]])));
  // Projector beam
  out.push(poly([[-40, 120], [W + 40, -60], [W + 40, 700]], ctx.lin([[0, p.land, 0.35], [1, p.land, 0]], 0, 0, 1, 0)));
  out.push(circle(-10, 140, 60, p.land, { opacity: 0.8 }));
  // Reel
  const rx = 1340;
  const ry = 210;
  out.push(circle(rx, ry, 150, mix(p.muted, p.ink, 0.35)));
  for (let k = 0; k < 6; k++) {
    const a = (k / 6) * Math.PI * 2;
    out.push(circle(rx + Math.cos(a) * 88, ry + Math.sin(a) * 88, 38, mix(p.ink, p.deep, 0.3)));
  }
  out.push(circle(rx, ry, 22, mix(p.ink, p.deep, 0.3)));
  // Strip
  const frames = 5;
  const fw = 300;
  const fh = 220;
  const sw = frames * (fw + 28) + 60;
  const parts = [rect(-30, -fh / 2 - 50, sw, fh + 100, mix(p.ink, p.deep, 0.1))];
  for (let x = -10; x < sw - 40; x += 46) {
    parts.push(rect(x, -fh / 2 - 38, 24, 18, mix(p.bg, p.muted, 0.3), { rx: 4 }));
    parts.push(rect(x, fh / 2 + 20, 24, 18, mix(p.bg, p.muted, 0.3), { rx: 4 }));
  }
  for (let i = 0; i < frames; i++) {
    const x = i * (fw + 28);
    const y = -fh / 2;
    const clip = ctx.clip(rect(x, y, fw, fh, '#000'));
    const sc = [];
    if (i === 0) {
      sc.push(rect(x, y, fw, fh, mix(p.water, p.ink, 0.2)));
      let sp = '';
      for (let k = 0; k <= 120; k++) {
        const a = k * 0.19;
        const r = 4 + k * 0.85;
        sp += `${k ? 'L' : 'M'}${f(x + fw / 2 + Math.cos(a) * r)} ${f(y + fh / 2 + Math.sin(a) * r * 0.9)}`;
      }
      sc.push(stroke(sp, p.light, 8));
    } else if (i === 1) {
      sc.push(rect(x, y, fw, fh, mix(p.accent, p.bg, 0.35)));
      sc.push(rect(x, y + fh * 0.75, fw, fh * 0.25, p.land));
      sc.push(g(palm(ctx, 0, 0, 180, 70, p.ink, [p.deep, p.ink]), { transform: tr(x + fw * 0.35, y + fh * 0.8) }));
      for (let k = 0; k < 4; k++) sc.push(line(x + 20, y + 30 + k * 30, x + 140 + k * 20, y + 30 + k * 30, p.light, 4, { opacity: 0.7 }));
    } else if (i === 2) {
      sc.push(rect(x, y, fw, fh, mix(p.muted, p.bg, 0.3)));
      sc.push(rect(x + 80, y + 50, 150, 80, p.deep));
      sc.push(poly([[x + 60, y + 50], [x + 155, y], [x + 250, y + 50]], p.accent));
      for (let k = 0; k < 4; k++) sc.push(rect(x + 90 + k * 40, y + 130, 8, 60, p.ink));
      sc.push(wave(y + 160, 10, 70, 0, p.water, {}, y + fh));
    } else if (i === 3) {
      sc.push(rect(x, y, fw, fh, mix(p.water, p.light, 0.3)));
      sc.push(cloud(x + 150, y + 80, 0.9, p.muted));
      sc.push(rain(ctx, x, y + 90, x + fw + 60, y + fh, 40, p.water, 26, { opacity: 0.8 }));
    } else {
      sc.push(rect(x, y, fw, fh, mix(p.land, p.bg, 0.3)));
      sc.push(wave(y + 150, 10, 90, 30, p.water, {}, y + fh));
      sc.push(pathEl(d`M${x + 70} ${y + 140} L${x + 230} ${y + 140} L${x + 205} ${y + 170} L${x + 95} ${y + 170} Z`, p.deep));
      sc.push(line(x + 150, y + 140, x + 150, y + 50, p.ink, 5));
      sc.push(poly([[x + 154, y + 56], [x + 220, y + 126], [x + 154, y + 126]], p.light));
    }
    parts.push(g(sc, { 'clip-path': clip }));
  }
  out.push(g(parts, { transform: tr(90, 560, -9) }));
  // Seats silhouettes
  for (let i = 0; i < 9; i++) out.push(pathEl(d`M${i * 190 - 40} ${H + 10} L${i * 190 - 40} ${H - 70} Q${i * 190 + 40} ${H - 130} ${i * 190 + 120} ${H - 70} L${i * 190 + 120} ${H + 10} Z`, mix(p.ink, '#000000', 0.2)));
  for (let i = 0; i < 8; i++) out.push(circle(60 + i * 205 + ctx.rand(-20, 20), H - 110, 34, mix(p.ink, '#000000', 0.3)));
  return out;
}
