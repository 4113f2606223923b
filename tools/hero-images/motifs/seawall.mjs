import { W, H } from '../canvas.mjs';
import { mix } from '../palettes.mjs';
import { d, rect, circle, ellipse, pathEl, poly, line, stroke, g } from '../svg.mjs';
import { sky, wave, waveLine } from '../primitives/backdrop.mjs';
import { skylineBand, house } from '../primitives/buildings.mjs';
import { person } from '../primitives/people.mjs';

/** Sea wall. Variant 'pumps': king tide overtopping a wall beside idle pump pipes. Variant 'gallery': framed artworks on a wall with the sea above. */
export function motifSeawall(ctx, o = {}) {
  const { p } = ctx;
  const out = [];
  if (o.variant === 'gallery') {
    out.push(sky(ctx, mix(p.bg, p.light, 0.4), p.bg2, 0.4));
    out.push(circle(1260, 150, 80, mix(p.accent, p.bg, 0.35)));
    // Sea peeking above the wall, higher than the promenade
    out.push(wave(250, 16, 200, 30, mix(p.water, p.bg, 0.45)));
    out.push(wave(285, 14, 160, 90, mix(p.water, p.bg, 0.15)));
    out.push(wave(310, 12, 130, 10, p.water));
    // The wall
    const top = 330;
    const bot = 720;
    out.push(rect(0, top, W, bot - top, mix(p.land, p.bg, 0.55)));
    out.push(rect(0, top - 14, W, 22, mix(p.land, p.ink, 0.15)));
    for (let x = 0; x < W; x += 200) out.push(rect(x, top + 8, 3, bot - top - 8, mix(p.land, p.ink, 0.12), { opacity: 0.6 }));
    // Painted high-water line across the wall
    out.push(line(0, top + 70, W, top + 70, p.water, 6, { 'stroke-dasharray': '26 16', 'stroke-linecap': 'butt' }));
    // Framed artworks
    const frames = [
      [120, 420, 260, 200],
      [470, 400, 330, 250],
      [890, 430, 240, 180],
      [1220, 410, 280, 220],
    ];
    frames.forEach(([x, y, w, h], i) => {
      out.push(rect(x + 10, y + 12, w, h, p.ink, { opacity: 0.18 }));
      out.push(rect(x, y, w, h, p.ink));
      out.push(rect(x + 10, y + 10, w - 20, h - 20, p.light));
      const ix = x + 24;
      const iy = y + 24;
      const iw = w - 48;
      const ih = h - 48;
      const clip = ctx.clip(rect(ix, iy, iw, ih, '#000'));
      let art;
      if (i === 0) {
        art = [rect(ix, iy, iw, ih, p.accent), circle(ix + iw * 0.65, iy + ih * 0.35, ih * 0.25, p.light), wave(iy + ih * 0.65, 10, 70, 0, p.deep)];
      } else if (i === 1) {
        art = [rect(ix, iy, iw, ih, mix(p.water, p.light, 0.55))];
        for (let k = 0; k < 5; k++) art.push(house(ix + 20 + k * 52, iy + ih * 0.8, 40, 40, p.deep, p.accent));
        art.push(wave(iy + ih * 0.62, 12, 90, 20, p.water, { opacity: 0.85 }));
      } else if (i === 2) {
        art = [rect(ix, iy, iw, ih, p.deep)];
        for (let k = 0; k < 5; k++) art.push(rect(ix + k * (iw / 5), iy + ih - (k + 1) * (ih / 6), iw / 5 - 8, (k + 1) * (ih / 6), k === 4 ? p.accent : mix(p.land, p.light, 0.3)));
      } else {
        art = [rect(ix, iy, iw, ih, mix(p.land, p.light, 0.2))];
        for (let k = 0; k < 6; k++) art.push(waveLine(ix - 20, ix + iw + 20, iy + 24 + k * 26, 10, 60, k % 2 ? p.water : p.deep, 7));
      }
      out.push(g(art, { 'clip-path': clip }));
    });
    // Promenade and visitors
    out.push(rect(0, bot, W, H - bot, mix(p.land, p.ink, 0.2)));
    out.push(rect(0, bot, W, 14, mix(p.land, p.ink, 0.35)));
    const shadow = mix(p.land, p.ink, 0.45);
    out.push(person(330, 860, 150, p.deep, p.ink, { shadow }));
    out.push(person(640, 880, 170, p.accent, p.ink, { walk: true, shadow, legs: p.ink }));
    out.push(person(700, 872, 120, p.water, p.ink, { shadow, legs: p.ink }));
    out.push(person(1060, 866, 156, mix(p.deep, p.ink, 0.3), p.ink, { walk: true, shadow }));
    out.push(person(1380, 878, 166, p.leaf, p.ink, { shadow, legs: p.ink }));
    return out;
  }
  // --- 'pumps': cross-section, sea on the left higher than the town ---
  out.push(sky(ctx, mix(p.water, p.ink, 0.55), mix(p.water, p.bg, 0.45)));
  out.push(circle(250, 150, 120, p.light, { opacity: 0.1 }));
  out.push(circle(250, 150, 72, p.light, { opacity: 0.92 }));
  const wallX = 560;
  const wallW = 70;
  const wallTop = 330;
  const seaY = 380;
  const ground = 770;
  const landClip = ctx.clip(rect(wallX + wallW, 0, W, H, '#000'));
  const seaClip = ctx.clip(rect(0, 0, wallX, H, '#000'));
  // Town skyline and houses beyond the wall
  out.push(g(skylineBand(ctx, ground - 110, wallX, W + 20, 60, 200, mix(p.water, p.ink, 0.45), { windows: mix(p.land, p.light, 0.4), windowRate: 0.12 }), { 'clip-path': landClip }));
  for (let i = 0; i < 5; i++) {
    const x = 1120 + i * 98;
    out.push(house(x, ground, 80, 92 + (i % 3) * 16, mix(p.light, p.land, 0.3), i % 2 ? p.accent : p.deep, p.ink));
  }
  // Pump house with outlet pipes running through the wall to the sea side
  const phX = 860;
  out.push(rect(phX, ground - 230, 220, 230, mix(p.light, p.muted, 0.35)));
  out.push(poly([[phX - 14, ground - 230], [phX + 110, ground - 290], [phX + 234, ground - 230]], p.deep));
  out.push(rect(phX + 80, ground - 120, 60, 120, p.ink));
  out.push(rect(phX + 30, ground - 200, 50, 40, p.ink, { opacity: 0.85 }));
  out.push(rect(phX + 140, ground - 200, 50, 40, p.ink, { opacity: 0.85 }));
  const pipeCol = mix(p.muted, p.ink, 0.5);
  for (const py of [ground - 200, ground - 120]) {
    out.push(rect(wallX - 90, py - 24, phX - wallX + 100, 48, pipeCol));
    out.push(rect(wallX + wallW + 40, py - 30, 16, 60, mix(pipeCol, p.ink, 0.3)));
  }
  // Sea (left of wall)
  out.push(g([
    rect(0, seaY, wallX, H - seaY, p.water),
    wave(seaY - 6, 18, 170, 40, mix(p.water, p.light, 0.22), {}, seaY + 50),
    ...[0, 1, 2, 3, 4, 5].map((k) => waveLine(-40, wallX + 40, seaY + 100 + k * 66, 10, 120, mix(p.water, p.ink, 0.3), 6)),
  ], { 'clip-path': seaClip }));
  // Idle outlets on the sea side of the pipes
  for (const py of [ground - 200, ground - 120]) {
    out.push(rect(wallX - 90, py - 24, 92, 48, pipeCol));
    out.push(ellipse(wallX - 90, py, 16, 28, mix(pipeCol, p.ink, 0.4)));
    out.push(ellipse(wallX - 90, py, 10, 19, p.ink));
  }
  // Wall
  out.push(rect(wallX, wallTop, wallW, H - wallTop, mix(p.muted, p.ink, 0.35)));
  out.push(rect(wallX - 8, wallTop - 14, wallW + 16, 18, mix(p.muted, p.ink, 0.5)));
  // Crest rising against the wall and a curtain of water pouring over it
  const water = mix(p.water, p.light, 0.18);
  out.push(pathEl(d`M${wallX - 330} ${seaY + 10} C${wallX - 200} ${seaY} ${wallX - 110} ${wallTop - 110} ${wallX + 10} ${wallTop - 100} C${wallX + 110} ${wallTop - 92} ${wallX + 170} ${wallTop - 20} ${wallX + 180} ${wallTop + 90} C${wallX + 186} ${wallTop + 200} ${wallX + 200} ${ground - 120} ${wallX + 230} ${ground - 30} L${wallX + wallW} ${ground - 30} L${wallX + wallW} ${wallTop - 10} C${wallX + 40} ${wallTop - 40} ${wallX - 60} ${wallTop - 20} ${wallX - 130} ${seaY + 10} Z`, water));
  out.push(pathEl(d`M${wallX - 250} ${seaY - 20} C${wallX - 150} ${wallTop - 80} ${wallX - 40} ${wallTop - 104} ${wallX + 60} ${wallTop - 88} C${wallX - 30} ${wallTop - 80} ${wallX - 140} ${wallTop - 50} ${wallX - 250} ${seaY - 20} Z`, p.light, { opacity: 0.85 }));
  for (let k = 0; k < 4; k++) out.push(stroke(d`M${wallX + 95 + k * 20} ${wallTop - 30 + k * 10} C${wallX + 130 + k * 18} ${wallTop + 30} ${wallX + 135 + k * 18} ${wallTop + 200} ${wallX + 150 + k * 20} ${ground - 60}`, p.light, 3, { opacity: 0.45 }));
  for (let i = 0; i < 22; i++) out.push(circle(wallX + ctx.rand(-140, 180), wallTop - ctx.rand(95, 170), ctx.rand(4, 10), p.light, { opacity: 0.8 }));
  // Flood water in the town
  out.push(g([
    wave(ground - 40, 8, 120, 10, p.water, { opacity: 0.9 }),
    wave(ground - 6, 6, 90, 60, mix(p.water, p.ink, 0.25), { opacity: 0.95 }),
    ...[0, 1, 2, 3].map((k) => waveLine(wallX + 120, W + 40, ground + 40 + k * 30, 6, 80, mix(p.water, p.light, 0.35), 4, { opacity: 0.7 })),
  ], { 'clip-path': landClip }));
  return out;
}
