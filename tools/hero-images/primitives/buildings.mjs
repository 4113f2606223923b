import { rect, poly, g } from '../svg.mjs';

/** Row of simple buildings along a base line. */
export function skylineBand(ctx, baseY, x0, x1, minH, maxH, fill, opts = {}) {
  const out = [];
  let x = x0;
  while (x < x1) {
    const w = ctx.rand(opts.minW || 50, opts.maxW || 120);
    const h = ctx.rand(minH, maxH);
    out.push(rect(x, baseY - h, w + 1, h + 2, fill));
    if (opts.roofs && ctx.chance(0.3)) {
      out.push(poly([[x, baseY - h], [x + w / 2, baseY - h - w * 0.35], [x + w, baseY - h]], fill));
    } else if (opts.spires && ctx.chance(0.15)) {
      out.push(rect(x + w / 2 - 3, baseY - h - 40, 6, 42, fill));
    }
    if (opts.windows) {
      const cols = Math.max(1, Math.floor(w / 22));
      const rows = Math.floor((h - 20) / 28);
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          if (!ctx.chance(opts.windowRate || 0.3)) continue;
          out.push(rect(x + 8 + c * ((w - 12) / cols), baseY - h + 16 + r * 28, 8, 12, opts.windows));
        }
      }
    }
    x += w + (opts.gap || 0);
  }
  return g(out, opts.attrs || {});
}

/** Simple house: box + pitched roof. */
export function house(x, baseY, w, h, wall, roof, win) {
  return g([
    rect(x, baseY - h, w, h, wall),
    poly([[x - w * 0.08, baseY - h], [x + w / 2, baseY - h - w * 0.42], [x + w * 1.08, baseY - h]], roof),
    win ? rect(x + w * 0.3, baseY - h * 0.7, w * 0.4, h * 0.3, win) : '',
  ]);
}
