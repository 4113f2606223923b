import { W, H } from '../canvas.mjs';
import { mix } from '../palettes.mjs';
import { d, rect, circle, ellipse, pathEl, poly, polyline, stroke, g, tr } from '../svg.mjs';
import { sky } from '../primitives/backdrop.mjs';
import { person, scooter } from '../primitives/people.mjs';

/** Ride-hailing scooters lined up before a columned legislature, fare line falling toward a fuel pump. */
export function motifScooters(ctx) {
  const { p } = ctx;
  const out = [];
  out.push(sky(ctx, mix(p.bg, p.light, 0.35), p.bg2));
  // Legislature building
  const b = mix(p.muted, p.bg, 0.45);
  out.push(rect(200, 360, 1200, 320, b));
  out.push(poly([[420, 360], [800, 210], [1180, 360]], mix(p.muted, p.bg, 0.2)));
  out.push(rect(400, 360, 800, 24, mix(p.muted, p.bg, 0.2)));
  for (let c = 0; c < 9; c++) out.push(rect(430 + c * 90, 384, 36, 296, mix(p.light, p.bg, 0.4)));
  out.push(rect(0, 680, W, H - 680, mix(p.land, p.bg, 0.3)));
  out.push(rect(0, 680, W, 12, mix(p.land, p.ink, 0.25)));
  // Falling fare line
  const pts = [[120, 130], [420, 160], [700, 220], [980, 250], [1240, 330]];
  out.push(polyline(pts, p.light, 20, { opacity: 0.8 }));
  out.push(polyline(pts, p.deep, 8));
  pts.forEach(([x, y]) => out.push(circle(x, y, 12, p.light, { stroke: p.deep, 'stroke-width': 6 })));
  // Fuel pump
  out.push(rect(1330, 250, 120, 190, p.accent, { rx: 12 }));
  out.push(rect(1352, 276, 76, 50, p.light, { rx: 6 }));
  out.push(rect(1310, 440, 160, 20, p.deep, { rx: 6 }));
  out.push(stroke('M1450 300 C1510 300 1510 380 1480 400', p.ink, 8));
  out.push(poly([[1270, 330], [1240, 360], [1226, 318]], p.deep));
  // Scooters and drivers
  const jacket = p.leaf;
  for (let i = 0; i < 6; i++) {
    const x = 170 + i * 250;
    const y = 860;
    out.push(ellipse(x + 10, y, 140, 12, mix(p.land, p.ink, 0.35)));
    out.push(g(scooter(i % 2 ? mix(p.deep, p.ink, 0.2) : p.deep, p.ink, p.light), { transform: tr(x, y, 0, 1.05) }));
    out.push(pathEl(d`M${x - 70} ${y - 136} A34 30 0 0 1 ${x - 2} ${y - 136} Z`, jacket));
  }
  for (const x of [300, 800, 1300]) out.push(person(x, 760, 200, jacket, p.ink, { legs: p.ink }));
  return out;
}
