import { W, H } from '../canvas.mjs';
import { mix } from '../palettes.mjs';
import { f, d, rect, circle, ellipse, pathEl, line, stroke, g, tr } from '../svg.mjs';
import { sky } from '../primitives/backdrop.mjs';

/** Batik cloths hanging to dry, each with a different pattern, indigo leaves in front. */
export function motifBatik(ctx) {
  const { p } = ctx;
  const out = [];
  out.push(sky(ctx, mix(p.bg, p.light, 0.3), p.bg2));
  out.push(rect(0, 760, W, H - 760, mix(p.land, p.bg, 0.45)));
  // Patterns
  const s = 84;
  const kawung = ctx.pattern(s, s, [
    rect(0, 0, s, s, p.water),
    ...[0, 90, 180, 270].map((rot) => ellipse(0, -s * 0.25, s * 0.15, s * 0.24, p.light, { transform: `translate(${s / 2} ${s / 2}) rotate(${rot + 45})` })),
    circle(s / 2, s / 2, 4, p.water),
    ...[[0, 0], [s, 0], [0, s], [s, s]].map(([x, y]) => circle(x, y, 6, p.land)),
  ].join(''), { patternTransform: 'scale(1.35)' });
  const parang = ctx.pattern(96, 96, [
    rect(0, 0, 96, 96, p.deep),
    // One period of the wavy diagonal band, C1-continuous with its own lattice copies
    ...[-96, 0, 96].flatMap((dx) => [-96, 0, 96].map((dy) => stroke(`M${dx} ${96 + dy} C${20 + dx} ${70 + dy} ${40 + dx} ${80 + dy} ${48 + dx} ${48 + dy} C${56 + dx} ${16 + dy} ${76 + dx} ${26 + dy} ${96 + dx} ${dy}`, p.land, 16))),
    ...[-48, 48].flatMap((dx) => [-96, 0, 96].map((dy) => stroke(`M${dx} ${96 + dy} C${20 + dx} ${70 + dy} ${40 + dx} ${80 + dy} ${48 + dx} ${48 + dy} C${56 + dx} ${16 + dy} ${76 + dx} ${26 + dy} ${96 + dx} ${dy}`, mix(p.deep, p.light, 0.55), 5))),
  ].join(''), { patternTransform: 'scale(1.35)' });
  const ceplok = ctx.pattern(80, 80, [
    rect(0, 0, 80, 80, p.light),
    circle(40, 40, 22, p.deep),
    circle(40, 40, 9, p.land),
    ...[[0, 0], [80, 0], [0, 80], [80, 80]].map(([x, y]) => circle(x, y, 12, p.water)),
  ].join(''), { patternTransform: 'scale(1.35)' });
  // Fish-scale (scallop) pattern: upper semicircles on a staggered lattice
  const mega = ctx.pattern(100, 50, [
    rect(0, 0, 100, 50, mix(p.water, p.light, 0.2)),
    ...[[0, 50], [100, 50], [50, 75], [50, 25]].map(([cx, cy]) => stroke(`M${cx - 50} ${cy} A50 50 0 0 1 ${cx + 50} ${cy}`, p.water, 8)),
  ].join(''), { patternTransform: 'scale(1.35)' });
  const sogan = ctx.pattern(72, 72, [
    rect(0, 0, 72, 72, p.land),
    pathEl('M36 8 L64 36 L36 64 L8 36 Z', p.deep),
    circle(36, 36, 9, p.light),
  ].join(''), { patternTransform: 'scale(1.35)' });
  // Clothesline
  out.push(line(-20, 150, W + 20, 170, p.ink, 4));
  const cloths = [[70, 220, kawung], [340, 240, parang], [630, 230, ceplok], [910, 250, mega], [1210, 240, sogan]];
  cloths.forEach(([x, w, fill], i) => {
    const top = 152 + (x / W) * 20;
    const bot = 660 + (i % 2) * 60;
    const sway = (i % 2 ? 1 : -1) * 14;
    const dd = d`M${x} ${top} L${x + w} ${top + 4} C${x + w + sway} ${top + 200} ${x + w - sway} ${bot - 200} ${x + w + sway * 0.5} ${bot} Q${x + w / 2} ${bot + 18} ${x + sway * 0.5} ${bot - 6} C${x - sway} ${bot - 200} ${x + sway} ${top + 200} ${x} ${top} Z`;
    out.push(pathEl(dd, p.ink, { opacity: 0.15, transform: 'translate(14 16)' }));
    out.push(pathEl(dd, fill));
    out.push(rect(x, top, w, 22, mix(p.land, p.ink, 0.2), { opacity: 0.85 }));
    for (const px of [x + 20, x + w - 28]) out.push(rect(px, top - 16, 10, 34, p.deep, { rx: 3 }));
  });
  // Dye vat
  out.push(rect(1230, 740, 250, 110, mix(p.land, p.ink, 0.45), { rx: 12 }));
  out.push(ellipse(1355, 740, 125, 28, p.water));
  // Indigo plants: pinnate leaves fanning from the base
  const pinnate = (len, col) => {
    const parts = [line(0, 0, len, 0, col, 5)];
    for (let k = 1; k <= 5; k++) {
      const x = (k / 6) * len;
      const lw = 30 - k * 2;
      parts.push(ellipse(x, -lw * 0.55, lw * 0.45, lw * 0.8, col, { transform: `rotate(-30 ${f(x)} ${f(-lw * 0.55)})` }));
      parts.push(ellipse(x, lw * 0.55, lw * 0.45, lw * 0.8, col, { transform: `rotate(30 ${f(x)} ${f(lw * 0.55)})` }));
    }
    parts.push(ellipse(len + 10, 0, 18, 10, col));
    return g(parts);
  };
  for (const [bx, n, spread] of [[170, 7, 150], [1010, 5, 120]]) {
    for (let i = 0; i < n; i++) {
      const ang = -90 - spread / 2 + (i * spread) / (n - 1) + ctx.rand(-5, 5);
      out.push(g(pinnate(ctx.rand(170, 240), i % 2 ? p.leaf : mix(p.leaf, p.ink, 0.3)), { transform: tr(bx, 905, ang) }));
    }
  }
  return out;
}
