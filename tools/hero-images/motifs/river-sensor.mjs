import { W, H } from '../canvas.mjs';
import { mix } from '../palettes.mjs';
import { rect, circle, poly, line } from '../svg.mjs';
import { sky, waveLine, cloud, rain } from '../primitives/backdrop.mjs';
import { skylineBand } from '../primitives/buildings.mjs';
import { signal } from '../primitives/markers.mjs';

/** River sensor on a bridge, rain, signal arcs to a phone showing a wave alert. */
export function motifRiverSensor(ctx) {
  const { p } = ctx;
  const out = [];
  out.push(sky(ctx, mix(p.muted, p.deep, 0.35), mix(p.bg2, p.bg, 0.3)));
  out.push(cloud(280, 130, 1.7, mix(p.muted, p.light, 0.25)));
  out.push(cloud(700, 90, 1.1, mix(p.muted, p.light, 0.4)));
  out.push(cloud(1500, 140, 1.4, mix(p.muted, p.light, 0.3)));
  out.push(skylineBand(ctx, 600, -20, W + 20, 60, 230, mix(p.muted, p.deep, 0.25), { windows: mix(p.bg, p.light, 0.5), windowRate: 0.18 }));
  out.push(rain(ctx, 0, 0, W + 200, 560, 120, p.light, 40, { opacity: 0.5 }));
  // River
  out.push(rect(0, 640, W, H - 640, p.water));
  for (let k = 0; k < 6; k++) out.push(waveLine(-60 + k * 13, W + 60, 690 + k * 36, 7, 120 - k * 6, mix(p.water, p.light, 0.3), 4, { opacity: 0.8 }));
  // Bridge deck, railing and piers
  const deck = 560;
  for (const px of [300, 1300]) {
    out.push(rect(px - 40, deck + 30, 80, H - deck, mix(p.land, p.ink, 0.25)));
    // staff gauge
    for (let k = 0; k < 8; k++) out.push(rect(px - 40, 660 + k * 26, 24, 13, k % 2 ? p.light : p.accent));
  }
  out.push(rect(-10, deck, W + 20, 44, mix(p.land, p.ink, 0.15)));
  out.push(rect(-10, deck + 44, W + 20, 10, mix(p.land, p.ink, 0.45)));
  out.push(rect(-10, deck - 46, W + 20, 6, p.ink));
  for (let x = 10; x < W; x += 44) out.push(rect(x, deck - 44, 5, 44, p.ink));
  // Sensor mast
  const sx = 800;
  out.push(rect(sx - 6, deck - 250, 12, 260, p.ink));
  out.push(poly([[sx - 70, deck - 250], [sx + 70, deck - 250], [sx + 50, deck - 290], [sx - 50, deck - 290]], p.deep));
  for (let k = 1; k < 4; k++) out.push(line(sx - 70 + k * 35, deck - 250, sx - 50 + k * 25, deck - 290, p.water, 2));
  out.push(signal(sx, deck - 300, 3, 38, p.accent, 8));
  // Sensor box under deck with beam to water
  out.push(rect(sx - 34, deck + 54, 68, 42, p.accent, { rx: 8 }));
  for (let k = 0; k < 4; k++) out.push(line(sx - 18 + k * 12, deck + 104, sx - 40 + k * 27, 650, p.light, 3, { 'stroke-dasharray': '6 10', opacity: 0.8 }));
  // Phone with wave alert
  const ph = [1190, 110, 200, 360];
  out.push(rect(ph[0] + 12, ph[1] + 14, ph[2], ph[3], p.ink, { rx: 30, opacity: 0.25 }));
  out.push(rect(ph[0], ph[1], ph[2], ph[3], p.ink, { rx: 30 }));
  out.push(rect(ph[0] + 14, ph[1] + 30, ph[2] - 28, ph[3] - 60, p.light, { rx: 10 }));
  out.push(circle(ph[0] + ph[2] / 2, ph[1] + 150, 58, p.accent));
  for (let k = 0; k < 3; k++) out.push(waveLine(ph[0] + ph[2] / 2 - 34, ph[0] + ph[2] / 2 + 30, ph[1] + 128 + k * 20, 6, 24, p.light, 5));
  out.push(rect(ph[0] + 40, ph[1] + 232, ph[2] - 80, 14, p.muted, { rx: 7 }));
  out.push(rect(ph[0] + 40, ph[1] + 258, ph[2] - 110, 14, p.muted, { rx: 7 }));
  out.push(signal(ph[0] - 30, ph[1] + 160, 3, 26, p.accent, 6, 180, 70));
  return out;
}
