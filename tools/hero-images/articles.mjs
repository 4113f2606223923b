import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Slugs of content/articles/*.md, sorted by file name so runs log in a stable order. */
export async function listArticleSlugs(dir) {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.md')).sort();
  return files.map((file) => file.replace(/\.md$/, ''));
}

/** The article's section, which picks its palette; 'world' when the frontmatter has none. */
export async function readArticleSection(dir, slug) {
  const src = await readFile(path.join(dir, `${slug}.md`), 'utf8');
  return readFrontmatterField(src, 'section') || 'world';
}

// A regex rather than the site's content loader: that is TypeScript, this runs
// under plain node, and only one field is needed.
function readFrontmatterField(src, field) {
  const fm = src.match(/^---\r?\n([\s\S]*?)\r?\n---/);
  if (!fm) return null;
  const m = fm[1].match(new RegExp(`^${field}:\\s*["']?([^"'\\r\\n]+?)["']?\\s*$`, 'm'));
  return m ? m[1] : null;
}
