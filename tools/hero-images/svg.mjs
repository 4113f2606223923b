/**
 * SVG elements as strings. Every number is rounded to one decimal on the way
 * out, so floating-point noise never changes the output between runs and the
 * markup stays small.
 */

export const f = (n) => {
  const v = Math.round(n * 10) / 10;
  return Object.is(v, -0) ? '0' : String(v);
};
/** Template tag that rounds interpolated numbers (for path data). */
export const d = (strings, ...vals) =>
  strings.reduce((acc, s, i) => acc + s + (i < vals.length ? (typeof vals[i] === 'number' ? f(vals[i]) : vals[i]) : ''), '');

export const attrs = (a = {}) =>
  Object.entries(a)
    .filter(([, v]) => v !== undefined && v !== null && v !== false)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? f(v) : v}"`)
    .join('');

export const rect = (x, y, w, h, fill, a = {}) => `<rect${attrs({ x, y, width: w, height: h, fill, ...a })}/>`;
export const circle = (cx, cy, r, fill, a = {}) => `<circle${attrs({ cx, cy, r, fill, ...a })}/>`;
export const ellipse = (cx, cy, rx, ry, fill, a = {}) => `<ellipse${attrs({ cx, cy, rx, ry, fill, ...a })}/>`;
export const pathEl = (dd, fill, a = {}) => `<path${attrs({ d: dd, fill, ...a })}/>`;
export const poly = (pts, fill, a = {}) =>
  `<polygon${attrs({ points: pts.map(([x, y]) => `${f(x)},${f(y)}`).join(' '), fill, ...a })}/>`;
export const polyline = (pts, stroke, sw, a = {}) =>
  `<polyline${attrs({
    points: pts.map(([x, y]) => `${f(x)},${f(y)}`).join(' '),
    fill: 'none', stroke, 'stroke-width': sw, 'stroke-linecap': 'round', 'stroke-linejoin': 'round', ...a,
  })}/>`;
export const line = (x1, y1, x2, y2, stroke, sw, a = {}) =>
  `<line${attrs({ x1, y1, x2, y2, stroke, 'stroke-width': sw, 'stroke-linecap': 'round', ...a })}/>`;
export const stroke = (dd, color, sw, a = {}) =>
  pathEl(dd, 'none', { stroke: color, 'stroke-width': sw, 'stroke-linecap': 'round', 'stroke-linejoin': 'round', ...a });
export const g = (content, a = {}) => `<g${attrs(a)}>${Array.isArray(content) ? content.join('') : content}</g>`;
export const tr = (x, y, rot = 0, s = 1) =>
  `translate(${f(x)} ${f(y)})${rot ? ` rotate(${f(rot)})` : ''}${s !== 1 ? ` scale(${Math.round(s * 1000) / 1000})` : ''}`;
