import { W, H } from '../canvas.mjs';
import { mix } from '../palettes.mjs';
import { f, d, rect, circle, ellipse, pathEl, poly, line, stroke, g } from '../svg.mjs';
import { wave, waveLine, hills } from '../primitives/backdrop.mjs';

/** Sea scenes. variant 'natuna': small wooden boats, pair trawlers on the horizon. 'tuna': purse seiner above a school of tuna. 'port': container ships at anchor, idle cranes. */
export function motifSea(ctx, o = {}) {
  const { p } = ctx;
  const out = [];
  if (o.variant === 'tuna') {
    const sea = 340;
    out.push(rect(0, 0, W, sea, ctx.lin([[0, mix(p.bg, p.light, 0.4)], [1, p.bg2]])));
    out.push(circle(280, 190, 80, mix(p.land, p.bg, 0.3)));
    out.push(rect(0, sea, W, H - sea, ctx.lin([[0, p.water], [1, mix(p.deep, p.ink, 0.4)]])));
    // light shafts
    for (let i = 0; i < 5; i++) out.push(poly([[200 + i * 300, sea], [280 + i * 300, sea], [120 + i * 300, H], [-40 + i * 300, H]], p.light, { opacity: 0.05 }));
    // Vessel
    const vx = 760;
    out.push(pathEl(d`M${vx - 260} ${sea - 70} L${vx + 250} ${sea - 90} L${vx + 190} ${sea + 30} L${vx - 220} ${sea + 30} Z`, p.deep));
    out.push(rect(vx - 222, sea + 4, 420, 10, p.accent));
    out.push(rect(vx + 40, sea - 190, 150, 110, p.light));
    out.push(rect(vx + 60, sea - 168, 110, 22, p.deep));
    out.push(rect(vx + 90, sea - 240, 18, 52, p.ink));
    out.push(line(vx - 120, sea - 80, vx - 60, sea - 280, p.ink, 10));
    out.push(line(vx - 60, sea - 280, vx - 250, sea - 120, p.ink, 5));
    out.push(ellipse(vx - 190, sea - 78, 70, 22, mix(p.muted, p.ink, 0.4)));
    // Open purse-seine net
    const net = [];
    const nx = vx;
    for (let k = 0; k <= 24; k++) {
      const a = Math.PI * 0.05 + (k / 24) * Math.PI * 1.25;
      net.push([nx - 60 + Math.cos(a) * 430, sea + 260 + Math.sin(a) * 240 - 260 * (1 - Math.sin(Math.min(Math.PI, a))) * 0]);
    }
    const netPath = d`M${nx + 180} ${sea + 30} C${nx + 420} ${sea + 120} ${nx + 420} ${sea + 470} ${nx - 40} ${sea + 500} C${nx - 480} ${sea + 520} ${nx - 560} ${sea + 200} ${nx - 380} ${sea + 30}`;
    out.push(stroke(netPath, p.light, 4, { 'stroke-dasharray': '3 9', opacity: 0.8 }));
    for (let k = 0; k < 14; k++) out.push(circle(nx - 380 + k * 42, sea + 16, 8, p.accent));
    // Tuna school
    const tuna = (x, y, l, col, belly, flip) => {
      const s = [
        pathEl(d`M${l} 0 C${l * 0.85} ${-l * 0.17} ${l * 0.45} ${-l * 0.21} ${l * 0.16} ${-l * 0.05} L0 ${-l * 0.19} L${l * 0.06} 0 L0 ${l * 0.19} L${l * 0.16} ${l * 0.05} C${l * 0.45} ${l * 0.21} ${l * 0.85} ${l * 0.17} ${l} 0 Z`, col),
        pathEl(d`M${l} 0 C${l * 0.8} ${l * 0.17} ${l * 0.45} ${l * 0.2} ${l * 0.2} ${l * 0.05} L${l * 0.5} ${l * 0.02} Z`, belly),
        poly([[l * 0.5, -l * 0.14], [l * 0.42, -l * 0.3], [l * 0.36, -l * 0.12]], col),
        circle(l * 0.86, -l * 0.03, l * 0.025, p.light),
      ];
      return g(s, { transform: `translate(${f(x)} ${f(y)})${flip ? ' scale(-1 1)' : ''}` });
    };
    for (let i = 0; i < 16; i++) {
      const x = ctx.rand(200, 1500);
      const y = ctx.rand(520, 860);
      const l = ctx.rand(110, 190);
      out.push(tuna(x, y, l, i % 3 ? mix(p.deep, p.muted, 0.35) : mix(p.water, p.light, 0.25), mix(p.light, p.muted, 0.3), i % 4 === 0));
    }
    out.push(wave(sea, 6, 120, 0, p.water, { opacity: 0.7 }, sea + 14));
    return out;
  }
  if (o.variant === 'port') {
    const hz = 470;
    out.push(rect(0, 0, W, hz, ctx.lin([[0, mix(p.bg, p.light, 0.4)], [1, mix(p.accent, p.bg, 0.75)]])));
    out.push(circle(1180, 360, 110, mix(p.accent, p.bg, 0.4)));
    out.push(hills(ctx, hz - 10, 30, mix(p.muted, p.bg, 0.4), {}, 3));
    out.push(rect(0, hz, W, H - hz, ctx.lin([[0, mix(p.water, p.bg, 0.25)], [1, p.water]])));
    for (let k = 0; k < 8; k++) out.push(waveLine(-40, W + 40, hz + 30 + k * 52, 5, 140, mix(p.water, p.light, 0.3), 3, { opacity: 0.6 }));
    const contCols = [p.accent, p.water, p.land, p.deep, p.muted, mix(p.accent, p.land, 0.5)];
    const ship = (x, y, L) => {
      const s = [];
      const hh = L * 0.09;
      s.push(pathEl(d`M${x} ${y - hh} L${x + L} ${y - hh} L${x + L * 0.96} ${y + hh * 0.55} L${x + L * 0.08} ${y + hh * 0.55} Z`, p.ink));
      s.push(rect(x + L * 0.07, y + hh * 0.2, L * 0.89, hh * 0.35, p.accent));
      const cw = L / 24;
      const ch = L * 0.035;
      for (let c = 0; c < 15; c++) {
        const stack = ctx.int(2, 4);
        for (let r = 0; r < stack; r++) s.push(rect(x + L * 0.1 + c * cw, y - hh - (r + 1) * ch, cw - 2, ch - 2, ctx.pick(contCols)));
      }
      s.push(rect(x + L * 0.8, y - hh - L * 0.2, L * 0.1, L * 0.2, p.light));
      s.push(rect(x + L * 0.8, y - hh - L * 0.2, L * 0.1, L * 0.025, p.deep));
      s.push(rect(x + L * 0.86, y - hh - L * 0.26, L * 0.03, L * 0.07, p.deep));
      s.push(line(x + L * 0.02, y - hh * 0.5, x - L * 0.05, y + hh * 2, p.ink, 2, { opacity: 0.7 }));
      return g(s);
    };
    out.push(ship(980, hz + 30, 300));
    out.push(ship(1330, hz + 60, 240));
    out.push(ship(560, hz + 150, 520));
    // Quay with idle cranes (booms raised)
    out.push(poly([[-10, 640], [360, 640], [460, 900], [-10, 900]], mix(p.land, p.ink, 0.35)));
    for (let r = 0; r < 4; r++) for (let c = 0; c < 4; c++) out.push(rect(20 + c * 74, 640 - (r + 1) * 34, 70, 32, ctx.pick(contCols)));
    const crane = (x, base, hgt, col) =>
      g([
        line(x, base, x + 20, base - hgt, col, 14),
        line(x + 150, base, x + 130, base - hgt, col, 14),
        line(x + 10, base - hgt * 0.45, x + 140, base - hgt * 0.45, col, 10),
        line(x - 40, base - hgt, x + 200, base - hgt, col, 14),
        line(x + 110, base - hgt, x + 190, base - hgt - 240, col, 12),
        line(x + 80, base - hgt - 60, x + 190, base - hgt - 240, col, 4),
        rect(x + 40, base - hgt - 50, 60, 40, p.accent),
      ]);
    out.push(crane(40, 640, 330, p.deep));
    out.push(crane(250, 680, 300, mix(p.deep, p.ink, 0.3)));
    return out;
  }
  // natuna
  const hz = 430;
  out.push(rect(0, 0, W, hz, ctx.lin([[0, mix(p.bg, p.light, 0.3)], [1, mix(p.accent, p.bg, 0.65)]])));
  out.push(circle(420, hz - 40, 120, mix(p.accent, p.bg, 0.3)));
  out.push(rect(0, hz, W, H - hz, ctx.lin([[0, mix(p.water, p.bg, 0.35)], [1, mix(p.water, p.ink, 0.25)]])));
  // Pair trawlers on horizon with net strung between them
  const trawler = (x, y, s) =>
    g([
      pathEl(d`M${x - 110 * s} ${y - 30 * s} L${x + 120 * s} ${y - 40 * s} L${x + 90 * s} ${y} L${x - 90 * s} ${y} Z`, p.ink),
      rect(x + 10 * s, y - 90 * s, 70 * s, 55 * s, p.ink),
      line(x - 40 * s, y - 30 * s, x - 40 * s, y - 150 * s, p.ink, 6 * s),
      line(x - 40 * s, y - 150 * s, x - 120 * s, y - 60 * s, p.ink, 3 * s),
    ]);
  out.push(trawler(1080, hz + 14, 0.9));
  out.push(trawler(1420, hz + 20, 0.9));
  out.push(stroke(d`M1130 ${hz + 10} Q1250 ${hz + 70} 1370 ${hz + 14}`, mix(p.ink, p.water, 0.3), 3));
  for (let k = 0; k < 9; k++) out.push(line(1160 + k * 24, hz + 26 + Math.sin((k / 8) * Math.PI) * 28, 1160 + k * 24, hz + 10, mix(p.ink, p.water, 0.3), 2));
  // Dashed boundary line receding
  out.push(line(800, hz + 4, 1500, H + 20, p.light, 5, { 'stroke-dasharray': '22 20', opacity: 0.55 }));
  for (let k = 0; k < 7; k++) out.push(waveLine(-40, W + 40, hz + 40 + k * 64, 6 + k, 150 + k * 20, mix(p.water, p.light, 0.25), 3 + k * 0.6, { opacity: 0.5 }));
  // Traditional wooden boats
  const boat = (x, y, L, hull, trim, cabin) =>
    g([
      pathEl(d`M${x - L / 2 - L * 0.08} ${y - L * 0.2} Q${x - L * 0.3} ${y + L * 0.1} ${x} ${y + L * 0.1} Q${x + L * 0.3} ${y + L * 0.1} ${x + L / 2 + L * 0.1} ${y - L * 0.24} L${x + L * 0.35} ${y - L * 0.1} L${x - L * 0.35} ${y - L * 0.1} Z`, hull),
      pathEl(d`M${x - L * 0.5} ${y - L * 0.12} Q${x} ${y - L * 0.02} ${x + L * 0.5} ${y - L * 0.15}`, 'none', { stroke: trim, 'stroke-width': L * 0.025 }),
      rect(x - L * 0.12, y - L * 0.27, L * 0.26, L * 0.16, cabin),
      poly([[x - L * 0.16, y - L * 0.27], [x + L * 0.18, y - L * 0.27], [x + L * 0.14, y - L * 0.32], [x - L * 0.12, y - L * 0.32]], trim),
      line(x - L * 0.25, y - L * 0.1, x - L * 0.25, y - L * 0.62, p.ink, L * 0.014),
      rect(x - L * 0.25, y - L * 0.62, L * 0.12, L * 0.07, p.accent),
    ]);
  out.push(boat(380, 660, 420, p.deep, p.land, p.light));
  out.push(boat(800, 780, 560, mix(p.leaf, p.ink, 0.2), p.accent, p.light));
  out.push(boat(140, 840, 380, p.land, p.deep, p.light));
  out.push(wave(870, 10, 160, 40, mix(p.water, p.ink, 0.3), { opacity: 0.9 }));
  return out;
}
