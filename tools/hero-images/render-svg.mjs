import { W, H } from './canvas.mjs';
import { makeCtx } from './draw-context.mjs';
import { MOTIFS, SECTION_DEFAULTS } from './motif-map.mjs';
import { PALETTES } from './palettes.mjs';

export function renderSvg(slug, section) {
  const palette = PALETTES[section] || PALETTES.world;
  const ctx = makeCtx(slug, palette);
  const [fn, opts] = MOTIFS[slug] || SECTION_DEFAULTS[section] || SECTION_DEFAULTS.world;
  const body = fn(ctx, opts || {}).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">` +
    `<defs>${ctx.defs.join('')}</defs>` +
    `<g>${body}</g>` +
    '</svg>'
  );
}
