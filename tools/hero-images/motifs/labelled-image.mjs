import { W, H } from '../canvas.mjs';
import { mix } from '../palettes.mjs';
import { f, d, rect, circle, pathEl, poly, line, g } from '../svg.mjs';
import { sky, halftone } from '../primitives/backdrop.mjs';

/** Photo print half dissolving into pixels, with a bold label bar beneath it. */
export function motifLabelledImage(ctx) {
  const { p } = ctx;
  const out = [];
  out.push(sky(ctx, p.bg, p.bg2));
  out.push(halftone(ctx, 0, 600, W, H, 20, 4.5, p.deep, 0.25));
  const fx = 360;
  const fy = 110;
  const fw = 780;
  const fh = 520;
  const photo = [];
  photo.push(rect(fx + 22, fy + 26, fw, fh + 150, p.ink, { opacity: 0.18 }));
  photo.push(rect(fx, fy, fw, fh, p.light));
  const ix = fx + 30;
  const iy = fy + 30;
  const iw = fw - 60;
  const ih = fh - 60;
  const clip = ctx.clip(rect(ix, iy, iw, ih, '#000'));
  const scene = [
    rect(ix, iy, iw, ih, mix(p.water, p.light, 0.55)),
    circle(ix + iw * 0.7, iy + ih * 0.3, 60, p.accent),
    poly([[ix - 20, iy + ih], [ix + 200, iy + ih * 0.45], [ix + 420, iy + ih]], p.water),
    poly([[ix + 250, iy + ih], [ix + 480, iy + ih * 0.35], [ix + iw + 40, iy + ih]], p.deep),
    rect(ix, iy + ih * 0.82, iw, ih * 0.2, p.leaf),
  ];
  photo.push(g(scene, { 'clip-path': clip }));
  // Pixelation over the right part of the photo and flying off the frame
  const cell = 36;
  for (let y = iy; y < iy + ih; y += cell) {
    for (let x = ix + iw * 0.55; x < fx + fw + 340; x += cell) {
      const t = (x - (ix + iw * 0.55)) / 560;
      if (ctx.rand(0, 1) < t * 0.9 + 0.05) continue;
      const inside = x + cell <= ix + iw;
      const col = inside ? ctx.pick([mix(p.water, p.light, 0.4), p.water, p.deep, mix(p.deep, p.accent, 0.3), p.leaf]) : ctx.pick([p.water, p.deep, p.accent, p.muted]);
      photo.push(rect(x + (inside ? 0 : ctx.rand(-6, 6)), y + (inside ? 0 : ctx.rand(-6, 6)), cell - (inside ? 0 : 10), cell - (inside ? 0 : 10), col, { opacity: inside ? 1 : f(0.9 - t * 0.4) }));
    }
  }
  out.push(...photo);
  // Label bar
  const ly = fy + fh + 24;
  out.push(rect(fx, ly, fw, 110, p.ink));
  const star = (x, y, r) => pathEl(d`M${x} ${y - r} Q${x + r * 0.15} ${y - r * 0.15} ${x + r} ${y} Q${x + r * 0.15} ${y + r * 0.15} ${x} ${y + r} Q${x - r * 0.15} ${y + r * 0.15} ${x - r} ${y} Q${x - r * 0.15} ${y - r * 0.15} ${x} ${y - r} Z`, p.accent);
  out.push(star(fx + 70, ly + 55, 36));
  out.push(star(fx + 112, ly + 30, 14));
  out.push(rect(fx + 160, ly + 30, 420, 20, p.light, { rx: 10 }));
  out.push(rect(fx + 160, ly + 64, 300, 16, p.muted, { rx: 8 }));
  // Magnifier over the label
  out.push(circle(1260, 720, 90, p.light, { opacity: 0.35 }));
  out.push(circle(1260, 720, 90, 'none', { stroke: p.deep, 'stroke-width': 16 }));
  out.push(line(1324, 784, 1420, 880, p.deep, 28));
  return out;
}
