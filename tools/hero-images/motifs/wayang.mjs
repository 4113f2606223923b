import { W, H } from '../canvas.mjs';
import { mix } from '../palettes.mjs';
import { f, d, rect, circle, ellipse, pathEl, poly, polyline, line, stroke, g, tr } from '../svg.mjs';

/** Gunungan and a shadow puppet on a lit screen; pixel squares scatter from the right edge. */
export function motifWayang(ctx) {
  const { p } = ctx;
  const out = [];
  out.push(rect(0, 0, W, H, p.ink));
  // Screen
  const sx = 120;
  const sy = 70;
  const sw = 1360;
  const sh = 640;
  out.push(rect(sx - 16, sy - 16, sw + 32, sh + 32, p.deep));
  out.push(rect(sx, sy, sw, sh, ctx.rad([[0, mix(p.land, p.light, 0.6)], [0.6, mix(p.land, p.accent, 0.25)], [1, mix(p.accent, p.deep, 0.35)]], 0.45, 0.25, 0.85)));
  // Lamp
  out.push(pathEl('M700 20 L760 20 L780 56 L680 56 Z', p.land));
  out.push(ellipse(730, 70, 22, 16, p.light));
  const shadow = mix(p.ink, p.deep, 0.2);
  // Gunungan
  const gx = 700;
  const gb = 690;
  const gw = 360;
  const gh = 560;
  const gpath = d`M${gx} ${gb - gh} C${gx + gw * 0.12} ${gb - gh * 0.78} ${gx + gw * 0.56} ${gb - gh * 0.58} ${gx + gw * 0.5} ${gb - gh * 0.3} C${gx + gw * 0.46} ${gb - gh * 0.12} ${gx + gw * 0.3} ${gb - 10} ${gx + gw * 0.26} ${gb} L${gx - gw * 0.26} ${gb} C${gx - gw * 0.3} ${gb - 10} ${gx - gw * 0.46} ${gb - gh * 0.12} ${gx - gw * 0.5} ${gb - gh * 0.3} C${gx - gw * 0.56} ${gb - gh * 0.58} ${gx - gw * 0.12} ${gb - gh * 0.78} ${gx} ${gb - gh} Z`;
  out.push(pathEl(gpath, shadow));
  const cut = mix(p.land, p.light, 0.35);
  // Tree of life cut-outs
  out.push(stroke(d`M${gx} ${gb - 120} L${gx} ${gb - gh + 80}`, cut, 10));
  for (let k = 0; k < 6; k++) {
    const y = gb - 160 - k * 56;
    const spread = 120 - k * 14;
    out.push(stroke(d`M${gx} ${y} Q${gx + spread * 0.6} ${y - 30} ${gx + spread} ${y - 10} q${-14} ${-22} ${-26} ${-6}`, cut, 6));
    out.push(stroke(d`M${gx} ${y} Q${gx - spread * 0.6} ${y - 30} ${gx - spread} ${y - 10} q${14} ${-22} ${26} ${-6}`, cut, 6));
  }
  for (let k = 0; k < 22; k++) {
    const t = k / 21;
    const a = Math.PI * (0.15 + t * 0.7);
    out.push(circle(gx + Math.cos(a) * 0 + (t - 0.5) * gw * 0.82, gb - gh * 0.3 - Math.sin(a) * gh * 0.45 + 30, 5, cut));
  }
  out.push(rect(gx - 50, gb - 90, 100, 80, cut));
  out.push(rect(gx - 4, gb - 90, 8, 80, shadow));
  out.push(poly([[gx - 70, gb - 90], [gx, gb - 130], [gx + 70, gb - 90]], cut));
  out.push(line(gx, gb, gx, H, shadow, 10));
  // Puppet figure (profile facing right): crown, long-nosed face, slim torso, long jointed arms on rods
  const fig = [];
  fig.push(line(4, -300, 4, 130, shadow, 8));
  fig.push(line(96, -128, 150, 70, shadow, 4));
  fig.push(line(-24, -120, -50, 70, shadow, 4));
  fig.push(pathEl('M-34 -330 C-72 -332 -80 -294 -56 -280 C-64 -300 -54 -318 -34 -314 Z', shadow));
  fig.push(pathEl('M-34 -318 C-42 -360 -22 -394 8 -398 C0 -382 4 -366 16 -356 L12 -320 Z', shadow));
  fig.push(pathEl('M-22 -322 L12 -322 C18 -314 22 -306 28 -300 L66 -284 L30 -289 C28 -283 24 -279 18 -277 L20 -268 L-4 -264 C-22 -270 -30 -292 -22 -322 Z', shadow));
  fig.push(rect(-6, -268, 16, 20, shadow));
  fig.push(pathEl('M-30 -252 L36 -252 C40 -230 30 -200 20 -172 L-14 -172 C-24 -200 -34 -230 -30 -252 Z', shadow));
  fig.push(pathEl('M-20 -178 L24 -178 L60 -60 C46 -50 36 -52 26 -58 L14 -18 L2 -58 C-18 -50 -42 -52 -58 -64 Z', shadow));
  fig.push(polyline([[30, -246], [58, -186], [96, -128]], shadow, 10));
  fig.push(polyline([[-24, -246], [-44, -182], [-24, -120]], shadow, 10));
  fig.push(polyline([[36, -60], [56, -6], [94, -2]], shadow, 11));
  fig.push(polyline([[-38, -62], [-54, -6], [-22, -2]], shadow, 11));
  // Punched (tatah) details
  fig.push(pathEl('M2 -306 Q8 -311 14 -305 Q8 -301 2 -306 Z', cut));
  fig.push(stroke('M-22 -240 Q4 -220 30 -240', cut, 3));
  for (let k = 0; k < 5; k++) fig.push(circle(-18 + k * 11, -370 + k * 9, 2.6, cut));
  for (let k = 0; k < 8; k++) fig.push(circle(-44 + k * 12, -66 + Math.abs(k - 3.5) * 1.5, 3, cut));
  for (let k = 0; k < 4; k++) fig.push(circle(0 + k * 6, -160 + k * 26, 3, cut));
  out.push(g(fig, { transform: tr(340, 650, 0, 1.4) }));
  // Banana trunk stage
  out.push(rect(sx - 20, 690, sw + 40, 60, mix(p.leaf, p.ink, 0.2), { rx: 30 }));
  out.push(rect(sx - 20, 700, sw + 40, 10, mix(p.leaf, p.light, 0.3), { opacity: 0.5 }));
  // Digital pixels scatter from the right
  const px = [];
  for (let i = 0; i < 90; i++) {
    const t = ctx.rand(0, 1);
    const x = 1000 + t * 440 + ctx.rand(-30, 30);
    const y = ctx.rand(140, 660);
    const s = 10 + (1 - t) * 26;
    px.push(rect(Math.round(x / 18) * 18, Math.round(y / 18) * 18, s, s, ctx.pick([p.water, p.deep, p.accent, shadow]), { opacity: f(0.95 - t * 0.5) }));
  }
  out.push(g(px));
  // Audience heads
  for (let i = 0; i < 10; i++) out.push(circle(80 + i * 160 + ctx.rand(-20, 20), 880, 50, mix(p.ink, '#000000', 0.3)));
  return out;
}
