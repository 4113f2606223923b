import { W } from '../canvas.mjs';
import { mix } from '../palettes.mjs';
import { f, d, rect, circle, ellipse, pathEl, poly, polyline, line, stroke, g, tr } from '../svg.mjs';
import { sky, wave } from '../primitives/backdrop.mjs';

/** Aedes-style mosquito over a lens showing rod-shaped bacteria; Balinese split gate and terraces below. */
export function motifMosquito(ctx) {
  const { p } = ctx;
  const out = [];
  out.push(sky(ctx, mix(p.bg, p.light, 0.3), p.bg2));
  // Terraces
  for (let i = 0; i < 6; i++) out.push(wave(640 + i * 46, 12, 500 + i * 60, i * 90, i % 2 ? mix(p.leaf, p.bg, 0.4) : mix(p.leaf, p.bg, 0.25)));
  // Split gate (candi bentar): two mirror-image stepped halves, flat inner faces, steps between
  const gateCol = mix(p.accent, p.deep, 0.55);
  const gateDark = mix(gateCol, p.ink, 0.35);
  const half = (inner, dir) => {
    const s = [];
    const tiers = [[0, 150, 110], [110, 128, 60], [170, 110, 54], [224, 90, 50], [274, 68, 46], [320, 46, 42], [362, 26, 40]];
    for (const [y, w, h] of tiers) {
      const x0 = dir > 0 ? inner : inner - w;
      const top = 790 - y - h;
      // tier body tapering toward the outer side
      const outerTop = dir > 0 ? x0 + w - 10 : x0 + 10;
      const outerBot = dir > 0 ? x0 + w : x0;
      s.push(poly([[inner, top], [outerTop, top], [outerBot, top + h], [inner, top + h]], gateCol));
      s.push(rect(Math.min(inner, outerBot) - (dir > 0 ? 0 : 8), top - 4, w + 8, 9, gateDark));
      // small ornament on the outer corner of each tier
      s.push(poly([[outerTop - dir * 2, top - 4], [outerTop + dir * 10, top - 22], [outerTop + dir * 12, top - 4]], gateDark));
    }
    s.push(poly([[inner, 790 - 402], [inner + dir * 18, 790 - 402], [inner, 790 - 440]], gateDark));
    return g(s);
  };
  out.push(half(180, -1));
  out.push(half(260, 1));
  for (let k = 0; k < 4; k++) out.push(rect(170 - k * 10, 790 - k * 14 + 42, 100 + k * 20, 14, gateDark));
  out.push(rect(0, 800, W, 100, mix(p.leaf, p.ink, 0.35)));
  // Lens
  const lx = 980;
  const ly = 400;
  out.push(circle(lx, ly, 300, p.light, { opacity: 0.85 }));
  out.push(circle(lx, ly, 300, 'none', { stroke: p.deep, 'stroke-width': 18 }));
  out.push(line(lx + 210, ly + 210, lx + 330, ly + 330, p.deep, 34));
  const bac = [];
  for (let i = 0; i < 34; i++) {
    const a = ctx.rand(0, Math.PI * 2);
    const r = Math.sqrt(ctx.rand(0.05, 1)) * 250;
    const x = lx + Math.cos(a) * r;
    const y = ly + Math.sin(a) * r;
    bac.push(rect(x - 18, y - 7, 36, 14, ctx.chance(0.5) ? mix(p.leaf, p.light, 0.35) : mix(p.accent, p.light, 0.45), { rx: 7, transform: `rotate(${f(ctx.rand(0, 180))} ${f(x)} ${f(y)})` }));
  }
  out.push(g(bac));
  // Mosquito (facing left)
  const mx = 940;
  const my = 410;
  const ink = p.ink;
  const band = p.light;
  const legs = [
    [[mx - 60, my + 24], [mx - 190, my + 40], [mx - 330, my + 260]],
    [[mx - 40, my + 34], [mx - 90, my + 150], [mx - 170, my + 330]],
    [[mx - 20, my + 30], [mx + 70, my + 150], [mx + 40, my + 340]],
    [[mx - 10, my + 26], [mx + 150, my + 110], [mx + 360, my + 40], [mx + 450, my - 40]],
    [[mx - 50, my + 30], [mx - 140, my + 130], [mx - 260, my + 300]],
    [[mx - 30, my + 36], [mx + 10, my + 170], [mx - 40, my + 350]],
  ];
  legs.forEach((pts, i) => {
    out.push(polyline(pts, ink, i < 4 ? 7 : 6, { opacity: i < 4 ? 1 : 0.75 }));
    const [a, b] = [pts[pts.length - 2], pts[pts.length - 1]];
    for (let k = 1; k < 4; k++) {
      const t = k / 4;
      out.push(circle(a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, 4, band));
    }
  });
  // Wings
  out.push(ellipse(mx + 110, my - 90, 190, 42, mix(p.water, p.light, 0.6), { opacity: 0.75, stroke: ink, 'stroke-width': 3, transform: `rotate(-22 ${mx + 110} ${my - 90})` }));
  out.push(ellipse(mx + 150, my - 40, 170, 36, mix(p.water, p.light, 0.7), { opacity: 0.6, stroke: ink, 'stroke-width': 3, transform: `rotate(-6 ${mx + 150} ${my - 40})` }));
  out.push(line(mx - 30, my - 30, mx + 280, my - 160, ink, 2, { opacity: 0.6 }));
  // Abdomen with white bands
  const abClip = ctx.clip(ellipse(0, 0, 170, 40, '#000'));
  const ab = [ellipse(0, 0, 170, 40, ink)];
  for (let k = 0; k < 6; k++) ab.push(rect(-130 + k * 50, -50, 10, 100, band, { 'clip-path': abClip }));
  out.push(g(ab, { transform: tr(mx + 150, my + 50, 14) }));
  // Thorax, head, proboscis, antennae
  out.push(ellipse(mx - 30, my, 70, 54, ink));
  out.push(pathEl(d`M${mx - 60} ${my - 40} Q${mx - 30} ${my - 20} ${mx} ${my - 44}`, 'none', { stroke: band, 'stroke-width': 5 }));
  out.push(circle(mx - 112, my + 12, 30, ink));
  out.push(circle(mx - 122, my + 6, 14, mix(ink, p.water, 0.3)));
  out.push(line(mx - 138, my + 24, mx - 300, my + 120, ink, 6));
  out.push(stroke(d`M${mx - 128} ${my - 6} Q${mx - 200} ${my - 60} ${mx - 230} ${my - 30}`, ink, 4));
  out.push(stroke(d`M${mx - 126} ${my} Q${mx - 210} ${my - 20} ${mx - 250} ${my + 20}`, ink, 4));
  // Released mosquitoes in the distance
  for (let i = 0; i < 7; i++) {
    const x = ctx.rand(400, 1550);
    const y = ctx.rand(60, 220);
    if (Math.hypot(x - lx, y - ly) < 330) continue;
    out.push(g([ellipse(0, 0, 16, 5, ink), ellipse(6, -8, 14, 5, mix(p.water, p.light, 0.5), { transform: 'rotate(-30)' }), line(-10, 2, -20, 14, ink, 2), line(0, 3, 4, 16, ink, 2)], { transform: tr(x, y, ctx.rand(-20, 20)) }));
  }
  return out;
}
