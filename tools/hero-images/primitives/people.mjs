import { d, rect, circle, ellipse, pathEl, poly, line, g } from '../svg.mjs';

/** Pictogram-like standing/walking person, feet at (x, y), height h. */
export function person(x, y, h, body, head, opts = {}) {
  const r = h * 0.1;
  const w = h * 0.27;
  const torsoTop = y - h + 2 * r + h * 0.02;
  const torsoH = h * 0.4;
  const legTop = torsoTop + torsoH - h * 0.04;
  const stride = opts.walk ? h * 0.09 : 0;
  const legW = w * 0.36;
  const legs = opts.walk
    ? [
        poly([[x - legW * 0.9, legTop], [x + legW * 0.1, legTop], [x - stride + legW * 0.5, y], [x - stride - legW * 0.5, y]], opts.legs || body),
        poly([[x - legW * 0.1, legTop], [x + legW * 0.9, legTop], [x + stride + legW * 0.5, y], [x + stride - legW * 0.5, y]], opts.legs || body),
      ]
    : [
        rect(x - w / 2 + w * 0.06, legTop, legW, y - legTop, opts.legs || body, { rx: legW * 0.3 }),
        rect(x + w / 2 - w * 0.06 - legW, legTop, legW, y - legTop, opts.legs || body, { rx: legW * 0.3 }),
      ];
  const parts = [
    ...legs,
    rect(x - w / 2, torsoTop, w, torsoH, body, { rx: w * 0.38 }),
    circle(x, y - h + r, r, head),
  ];
  if (opts.umbrella) {
    const uy = y - h - h * 0.12;
    parts.push(line(x + w * 0.35, torsoTop + torsoH * 0.3, x + w * 0.35, uy, opts.umbrella, h * 0.02));
    parts.push(pathEl(d`M${x + w * 0.35 - h * 0.3} ${uy} A${h * 0.3} ${h * 0.2} 0 0 1 ${x + w * 0.35 + h * 0.3} ${uy} Z`, opts.umbrella));
  }
  if (opts.shadow) parts.unshift(ellipse(x, y, w * 0.9, h * 0.03, opts.shadow));
  return g(parts);
}

/** Scooter in side view facing right; origin at ground between the wheels. */
export function scooter(body, ink, light) {
  return g([
    circle(-72, -30, 30, ink),
    circle(-72, -30, 10, light),
    circle(76, -30, 30, ink),
    circle(76, -30, 10, light),
    pathEl('M-118 -52 Q-116 -108 -60 -108 L14 -108 Q26 -108 28 -94 L34 -58 Z', body),
    rect(-24, -64, 80, 14, body, { rx: 6 }),
    poly([[40, -58], [62, -58], [98, -158], [80, -160]], body),
    pathEl('M44 -40 Q76 -84 108 -40 Z', body),
    rect(-100, -126, 100, 20, ink, { rx: 10 }),
    line(70, -168, 108, -164, ink, 8),
    circle(100, -146, 8, light),
  ]);
}
