import { W } from '../canvas.mjs';
import { mix } from '../palettes.mjs';
import { d, rect, circle, pathEl, poly, stroke, g, tr } from '../svg.mjs';
import { sky } from '../primitives/backdrop.mjs';
import { skylineBand } from '../primitives/buildings.mjs';
import { person, scooter } from '../primitives/people.mjs';

/** A flyover towering over a narrow sidewalk with one pedestrian. */
export function motifFlyover(ctx) {
  const { p } = ctx;
  const out = [];
  out.push(sky(ctx, mix(p.bg, p.light, 0.35), p.bg2));
  out.push(circle(1300, 170, 90, mix(p.accent, p.bg, 0.45)));
  out.push(skylineBand(ctx, 700, -20, W + 20, 120, 380, mix(p.muted, p.bg, 0.45), { windows: mix(p.bg, p.light, 0.5), windowRate: 0.25 }));
  // Road
  out.push(rect(0, 700, W, 110, mix(p.deep, p.ink, 0.35)));
  for (let x = 20; x < W; x += 140) out.push(rect(x, 752, 70, 8, p.light, { opacity: 0.6 }));
  // Flyover deck and pillars
  const deckY = (x) => 380 - 60 * Math.sin((x / W) * Math.PI);
  for (const px of [220, 700, 1180]) {
    const y = deckY(px);
    out.push(rect(px - 36, y + 60, 72, 700 - (y + 60), mix(p.land, p.ink, 0.2)));
    out.push(poly([[px - 110, y + 50], [px + 110, y + 50], [px + 40, y + 110], [px - 40, y + 110]], mix(p.land, p.ink, 0.3)));
  }
  let dTop = d`M-20 ${deckY(-20)}`;
  for (let x = 40; x <= W + 40; x += 60) dTop += d` L${x} ${deckY(x)}`;
  let dBot = '';
  for (let x = W + 40; x >= -20; x -= 60) dBot += d` L${x} ${deckY(x) + 62}`;
  out.push(pathEl(dTop + dBot + ' Z', mix(p.land, p.light, 0.25)));
  let rail = '';
  for (let x = -20; x <= W + 40; x += 60) rail += d`${x === -20 ? 'M' : 'L'}${x} ${deckY(x) + 44}`;
  out.push(stroke(rail, mix(p.land, p.ink, 0.35), 10));
  // Cars on deck
  const cars = [[140, p.accent], [420, p.water], [640, p.deep], [980, p.accent], [1260, p.leaf], [1460, p.water]];
  for (const [x, col] of cars) {
    const y = deckY(x);
    out.push(rect(x - 60, y - 40, 120, 36, col, { rx: 14 }));
    out.push(rect(x - 34, y - 62, 66, 30, col, { rx: 12 }));
    out.push(rect(x - 26, y - 56, 22, 18, p.light, { rx: 4, opacity: 0.7 }));
    out.push(rect(x + 2, y - 56, 22, 18, p.light, { rx: 4, opacity: 0.7 }));
    out.push(circle(x - 34, y - 4, 13, p.ink));
    out.push(circle(x + 34, y - 4, 13, p.ink));
  }
  // Narrow sidewalk in the foreground
  out.push(rect(0, 810, W, 90, mix(p.bg2, p.land, 0.3)));
  out.push(rect(0, 810, W, 14, mix(p.land, p.ink, 0.3)));
  for (let x = 0; x < W; x += 80) out.push(rect(x, 824, 2, 76, mix(p.land, p.ink, 0.2), { opacity: 0.5 }));
  // Parked scooters crowd the sidewalk
  for (const [x, col] of [[980, p.water], [1160, p.deep], [1340, p.accent]]) out.push(g(scooter(col, p.ink, p.light), { transform: tr(x, 878, 0, 0.75) }));
  out.push(person(760, 884, 190, p.accent, p.ink, { walk: true, legs: p.deep, shadow: mix(p.land, p.ink, 0.4) }));
  // Tree
  out.push(rect(316, 620, 16, 200, mix(p.land, p.ink, 0.5)));
  out.push(circle(324, 600, 80, p.leaf));
  out.push(circle(280, 640, 50, mix(p.leaf, p.ink, 0.2)));
  return out;
}
