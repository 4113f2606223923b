#!/usr/bin/env node
/**
 * Draws the hero illustrations for the sample articles.
 *
 *   npm run images:generate [-- <slug> ...]
 *
 * For every content/articles/<slug>.md this renders a flat, geometric
 * illustration as SVG (no text, fonts or external images, so nothing needs
 * licensing), rasterises it with sharp and writes content/images/<slug>.webp.
 * Naming slugs redraws only those articles.
 *
 * Which drawing an article gets is decided in motif-map.mjs; its colours come
 * from its section (palettes.mjs).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listArticleSlugs, readArticleSection } from './articles.mjs';
import { encodeWebp, MAX_BYTES, WEBP } from './encode-webp.mjs';
import { MOTIFS } from './motif-map.mjs';
import { renderSvg } from './render-svg.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const ARTICLES_DIR = path.join(ROOT, 'content', 'articles');
const OUT_DIR = path.join(ROOT, 'content', 'images');

async function main() {
  const only = process.argv.slice(2);
  await mkdir(OUT_DIR, { recursive: true });
  let total = 0;
  let count = 0;
  const unmapped = [];
  for (const slug of await listArticleSlugs(ARTICLES_DIR)) {
    if (only.length && !only.includes(slug)) continue;
    const section = await readArticleSection(ARTICLES_DIR, slug);
    if (!MOTIFS[slug]) unmapped.push(slug);
    const { data, quality } = await encodeWebp(renderSvg(slug, section));
    const out = path.join(OUT_DIR, `${slug}.webp`);
    await writeFile(out, data);
    total += data.length;
    count++;
    const kb = (data.length / 1024).toFixed(1);
    const warn = data.length > MAX_BYTES ? '  WARNING: over 90 KB' : '';
    const q = quality !== WEBP.quality ? `  (quality ${quality})` : '';
    console.log(`${path.relative(ROOT, out)}  ${kb} KB${q}${warn}`);
  }
  console.log(`${count} images, ${(total / 1024).toFixed(1)} KB total`);
  if (unmapped.length) console.log(`No motif mapped for: ${unmapped.join(', ')} (used section default)`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
