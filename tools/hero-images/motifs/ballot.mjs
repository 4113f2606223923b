import { W, H } from '../canvas.mjs';
import { mix } from '../palettes.mjs';
import { d, rect, circle, pathEl, poly, polyline, line, g, tr } from '../svg.mjs';
import { sky } from '../primitives/backdrop.mjs';
import { person } from '../primitives/people.mjs';

/** Ballot box and voting figures; variant 'touchscreen' (joglo hall + voting machine) or 'queue'. */
export function motifBallot(ctx, o = {}) {
  const { p } = ctx;
  const out = [];
  const box = (x, y, s, col, lid, slotCol) =>
    g(
      [
        poly([[x - 150 * s, y - 230 * s], [x + 150 * s, y - 230 * s], [x + 120 * s, y - 270 * s], [x - 120 * s, y - 270 * s]], lid),
        rect(x - 150 * s, y - 230 * s, 300 * s, 230 * s, col),
        rect(x - 70 * s, y - 262 * s, 140 * s, 12 * s, slotCol, { rx: 6 * s }),
        circle(x, y - 120 * s, 44 * s, lid),
        circle(x, y - 120 * s, 26 * s, col),
      ],
    );
  if (o.variant === 'touchscreen') {
    out.push(sky(ctx, p.bg, p.bg2));
    // Joglo-style village hall roof
    const roof = mix(p.deep, p.bg, 0.45);
    out.push(poly([[560, 120], [1040, 120], [1200, 300], [400, 300]], roof));
    out.push(poly([[280, 300], [1320, 300], [1520, 420], [80, 420]], mix(p.deep, p.bg, 0.3)));
    out.push(rect(700, 90, 200, 30, roof));
    for (const x of [200, 500, 1100, 1400]) out.push(rect(x - 14, 420, 28, 360, mix(p.land, p.bg, 0.3)));
    out.push(rect(0, 780, W, H - 780, mix(p.land, p.bg, 0.2)));
    for (let x = -40; x < W; x += 120) out.push(poly([[x, 900], [x + 60, 780], [x + 120, 780], [x + 60, 900]], mix(p.land, p.bg, 0.35)));
    // Traditional ballot box with a nail beside it
    out.push(box(360, 780, 0.9, mix(p.light, p.muted, 0.2), p.muted, p.ink));
    // The nail traditionally used to punch the paper ballot
    out.push(g([rect(-4, -150, 8, 140, p.ink), poly([[-4, -10], [4, -10], [0, 12]], p.ink), rect(-16, -160, 32, 12, p.ink, { rx: 4 })], { transform: tr(600, 772, 58) }));
    // Voting machine
    out.push(rect(1020, 640, 24, 150, p.ink));
    out.push(rect(930, 770, 204, 20, p.ink, { rx: 8 }));
    out.push(g([rect(-230, -170, 460, 320, p.ink, { rx: 24 }), rect(-206, -146, 412, 272, p.light, { rx: 8 })], { transform: tr(1032, 480, -4) }));
    const tiles = [];
    for (let r = 0; r < 2; r++) {
      for (let c = 0; c < 3; c++) {
        const x = -190 + c * 134;
        const y = -130 + r * 124;
        const sel = r === 0 && c === 1;
        tiles.push(rect(x, y, 112, 106, sel ? mix(p.accent, p.light, 0.75) : mix(p.bg2, p.light, 0.4), { rx: 8, stroke: sel ? p.accent : 'none', 'stroke-width': 6 }));
        tiles.push(circle(x + 56, y + 38, 20, sel ? p.accent : p.muted));
        tiles.push(pathEl(d`M${x + 22} ${y + 96} Q${x + 56} ${y + 46} ${x + 90} ${y + 96} Z`, sel ? p.accent : p.muted));
        if (sel) {
          tiles.push(circle(x + 98, y + 10, 28, p.leaf));
          tiles.push(polyline([[x + 84, y + 10], [x + 95, y + 22], [x + 113, y - 2]], p.light, 7));
        }
      }
    }
    out.push(g(tiles, { transform: tr(1032, 480, -4) }));
    return out;
  }
  // Queue variant
  out.push(sky(ctx, mix(p.bg, p.light, 0.4), p.bg2));
  out.push(circle(1380, 170, 90, mix(p.land, p.bg, 0.3)));
  // School building
  const sch = mix(p.muted, p.bg, 0.35);
  out.push(rect(80, 330, 1440, 330, sch));
  out.push(poly([[40, 330], [800, 230], [1560, 330]], mix(p.accent, p.bg, 0.4)));
  for (let x = 140; x < 1480; x += 110) {
    out.push(rect(x, 380, 60, 90, mix(p.deep, p.bg, 0.4)));
    out.push(rect(x, 520, 60, 90, mix(p.deep, p.bg, 0.4)));
  }
  out.push(rect(0, 660, W, H - 660, mix(p.land, p.bg, 0.25)));
  out.push(rect(0, 660, W, 10, mix(p.land, p.ink, 0.2)));
  // Queue of voters, heading right toward the box
  const cols = [p.deep, p.accent, p.water, p.leaf, mix(p.deep, p.ink, 0.3), p.land, p.water, p.accent, p.deep];
  for (let i = 0; i < 9; i++) {
    const x = 110 + i * 118 + ctx.rand(-8, 8);
    const h = ctx.rand(210, 260) * (0.82 + i * 0.03);
    const y = 820 + ctx.rand(-4, 4);
    out.push(person(x, y, h, cols[i], p.ink, { shadow: mix(p.land, p.ink, 0.35), umbrella: i === 2 || i === 6 ? mix(p.accent, p.land, 0.3) : null, legs: mix(p.ink, cols[i], 0.3) }));
  }
  out.push(rect(1260, 760, 300, 70, mix(p.land, p.ink, 0.35)));
  out.push(box(1410, 760, 0.8, p.light, p.deep, p.ink));
  out.push(g([rect(-34, -70, 68, 90, p.light, { stroke: p.muted, 'stroke-width': 3 }), line(-18, -46, 18, -46, p.muted, 5), line(-18, -26, 8, -26, p.muted, 5)], { transform: tr(1410, 540, 10) }));
  return out;
}
