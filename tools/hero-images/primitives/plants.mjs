import { mix } from '../palettes.mjs';
import { f, d, circle, pathEl, poly, line, stroke, g } from '../svg.mjs';

/** Tapered frond/leaf polygon (used for palms, rice leaves, etc.). */
export function frond(len, width, droop, teeth, fill, a = {}) {
  const N = 26;
  const upper = [];
  const lower = [];
  for (let i = 0; i <= N; i++) {
    const s = i / N;
    const cx = len * s;
    const cy = droop * s * s;
    // normal of centreline
    const dx = len;
    const dy = 2 * droop * s;
    const m = Math.hypot(dx, dy);
    const nx = -dy / m;
    const ny = dx / m;
    const w = width * Math.pow(Math.sin(Math.PI * Math.min(1, s * 1.05)), 0.7);
    const t = teeth && i % 2 === 1 ? 0.45 : 1;
    upper.push([cx - nx * w * 0.35, cy - ny * w * 0.35]);
    lower.push([cx + nx * w * t, cy + ny * w * t]);
  }
  return poly([...upper, ...lower.reverse()], fill, a);
}

/** Almond leaf with midrib, base at origin pointing along +x. */
export function leaf(len, wid, fill, rib, a = {}) {
  return g(
    [
      pathEl(d`M0 0 Q${len * 0.45} ${-wid} ${len} 0 Q${len * 0.5} ${wid * 0.9} 0 0 Z`, fill),
      rib ? stroke(d`M${len * 0.04} 0 Q${len * 0.5} ${-wid * 0.08} ${len * 0.9} ${-wid * 0.02}`, rib, Math.max(2, wid * 0.06)) : '',
    ],
    a,
  );
}

/** Palm tree: curved trunk + crown of fronds. */
export function palm(ctx, x, baseY, h, lean, trunkCol, frondCols, fruit) {
  const top = [x + lean, baseY - h];
  const c1 = [x + lean * 0.1, baseY - h * 0.45];
  const out = [];
  out.push(stroke(d`M${x} ${baseY} Q${c1[0]} ${c1[1]} ${top[0]} ${top[1]}`, trunkCol, h * 0.055));
  for (let i = 1; i < 9; i++) {
    const t = i / 9;
    const px = (1 - t) * (1 - t) * x + 2 * (1 - t) * t * c1[0] + t * t * top[0];
    const py = (1 - t) * (1 - t) * baseY + 2 * (1 - t) * t * c1[1] + t * t * top[1];
    out.push(line(px - h * 0.025, py, px + h * 0.025, py - 4, mix(trunkCol, '#000000', 0.25), 3));
  }
  const n = 9;
  for (let i = 0; i < n; i++) {
    const ang = -170 + (i * 160) / (n - 1) + ctx.rand(-6, 6);
    const len = h * ctx.rand(0.42, 0.55);
    const droop = len * ctx.rand(0.25, 0.45) * (Math.abs(ang + 90) > 40 ? 1 : 0.4);
    out.push(
      g(frond(len, h * 0.055, ang < -90 ? -droop : droop, true, frondCols[i % frondCols.length]), {
        transform: `translate(${f(top[0])} ${f(top[1])}) rotate(${f(ang)})`,
      }),
    );
  }
  if (fruit) {
    for (let i = 0; i < 9; i++) {
      out.push(circle(top[0] + ctx.rand(-22, 22) * (h / 400), top[1] + ctx.rand(6, 40) * (h / 400), (h / 400) * 11, i % 3 ? fruit : mix(fruit, '#000000', 0.25)));
    }
  }
  return g(out);
}
