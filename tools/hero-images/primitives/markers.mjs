import { d, circle, pathEl, stroke, g } from '../svg.mjs';

/** Map pin marker, tip at (x, y). */
export function pin(x, y, s, fill, hole) {
  return g([
    pathEl(d`M${x} ${y} C${x - 6 * s} ${y - 14 * s} ${x - 16 * s} ${y - 20 * s} ${x - 16 * s} ${y - 32 * s} A${16 * s} ${16 * s} 0 1 1 ${x + 16 * s} ${y - 32 * s} C${x + 16 * s} ${y - 20 * s} ${x + 6 * s} ${y - 14 * s} ${x} ${y} Z`, fill),
    circle(x, y - 32 * s, 6 * s, hole),
  ]);
}

/** Concentric signal arcs centred on (x,y), opening towards `dir` degrees. */
export function signal(x, y, n, gap, color, sw, dir = -90, spread = 70) {
  const out = [];
  for (let i = 1; i <= n; i++) {
    const r = gap * i;
    const a0 = ((dir - spread / 2) * Math.PI) / 180;
    const a1 = ((dir + spread / 2) * Math.PI) / 180;
    out.push(
      stroke(d`M${x + r * Math.cos(a0)} ${y + r * Math.sin(a0)} A${r} ${r} 0 0 1 ${x + r * Math.cos(a1)} ${y + r * Math.sin(a1)}`, color, sw, {
        opacity: 1 - (i - 1) * 0.2,
      }),
    );
  }
  return g(out);
}
