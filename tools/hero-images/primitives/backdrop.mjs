import { W, H } from '../canvas.mjs';
import { d, rect, circle, pathEl, line, stroke, g } from '../svg.mjs';

/** Full-bleed vertical gradient background. */
export function sky(ctx, top, bottom, y2 = 1) {
  return rect(0, 0, W, H, ctx.lin([[0, top], [1, bottom]], 0, 0, 0, y2));
}

/** A filled band whose top edge is a smooth sine-like wave. */
export function wave(y, amp, len, phase, fill, a = {}, bottom = H + 10) {
  let x = -len + (phase % len) - len;
  let s = d`M${x} ${bottom} L${x} ${y} Q${x + len / 4} ${y - amp} ${x + len / 2} ${y}`;
  x += len / 2;
  while (x < W + len) {
    s += d` T${x + len / 2} ${y}`;
    x += len / 2;
  }
  s += d` L${x} ${bottom} Z`;
  return pathEl(s, fill, a);
}

/** Wavy stroke (open line). */
export function waveLine(x0, x1, y, amp, len, color, sw, a = {}) {
  let s = d`M${x0} ${y} Q${x0 + len / 4} ${y - amp} ${x0 + len / 2} ${y}`;
  for (let x = x0 + len / 2; x < x1; x += len / 2) s += d` T${x + len / 2} ${y}`;
  return stroke(s, color, sw, a);
}

/** Soft layered hills: a closed path with gentle cubic bumps. */
export function hills(ctx, y, amp, fill, a = {}, segs = 4) {
  const step = (W + 200) / segs;
  let x = -100;
  let prevY = y + ctx.rand(-amp, amp) * 0.5;
  let s = d`M${x} ${H + 10} L${x} ${prevY}`;
  for (let i = 0; i < segs; i++) {
    const ny = y + ctx.rand(-amp, amp) * 0.6;
    const peak = y - ctx.rand(0.4, 1) * amp;
    s += d` C${x + step * 0.3} ${peak} ${x + step * 0.7} ${peak} ${x + step} ${ny}`;
    x += step;
    prevY = ny;
  }
  s += d` L${x} ${H + 10} Z`;
  return pathEl(s, fill, a);
}

export function cloud(x, y, s, fill, a = {}) {
  return g(
    [
      circle(x - 60 * s, y, 38 * s, fill),
      circle(x - 10 * s, y - 28 * s, 52 * s, fill),
      circle(x + 50 * s, y - 8 * s, 42 * s, fill),
      rect(x - 98 * s, y, 190 * s, 38 * s, fill, { rx: 19 * s }),
    ],
    a,
  );
}

export function rain(ctx, x0, y0, x1, y1, n, color, len = 46, a = {}) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const x = ctx.rand(x0, x1);
    const y = ctx.rand(y0, y1);
    out.push(line(x, y, x - len * 0.32, y + len, color, 3));
  }
  return g(out, { opacity: 0.55, ...a });
}

/** Subtle halftone dot field used as print-like texture in a region. */
export function halftone(ctx, x0, y0, x1, y1, step, rMax, color, opacity = 0.18, dir = 'down') {
  const out = [];
  for (let y = y0; y <= y1; y += step) {
    const t = (y - y0) / Math.max(1, y1 - y0);
    const r = rMax * (dir === 'down' ? t : 1 - t);
    if (r < 0.6) continue;
    for (let x = x0 + ((y / step) % 2 ? step / 2 : 0); x <= x1; x += step) out.push(circle(x, y, r, color));
  }
  return g(out, { opacity });
}
