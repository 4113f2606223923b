import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { articleFrontmatterSchema, slugPattern, type ArticleFrontmatter } from '../articles/schema';

export interface ContentArticle {
  slug: string;
  file: string;
  frontmatter: ArticleFrontmatter;
  body: string;
  /** Absolute path of the hero image file on disk. */
  heroFile: string;
}

export class ContentError extends Error {}

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Parses one content file; throws a ContentError naming the file and the field at fault. */
export function parseArticleFile(file: string, text: string, contentRoot: string): ContentArticle {
  const slug = path.basename(file, '.md');
  if (!slugPattern.test(slug)) {
    throw new ContentError(`${file}: file name must be a slug (lowercase words joined by hyphens)`);
  }
  const match = frontmatterPattern.exec(text);
  if (!match) throw new ContentError(`${file}: missing the --- frontmatter block ---`);
  let data: unknown;
  try {
    // The core schema keeps dates as the strings written, instead of YAML 1.1 timestamps.
    data = parseYaml(match[1] ?? '', { schema: 'core' });
  } catch (error) {
    throw new ContentError(`${file}: frontmatter is not valid YAML: ${(error as Error).message}`);
  }
  const result = articleFrontmatterSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = issue.path.join('.') || '(frontmatter)';
    throw new ContentError(`${file}: field "${field}": ${issue.message}`);
  }
  const body = (match[2] ?? '').trim();
  if (body.length < 50) throw new ContentError(`${file}: the article body is missing or too short`);
  // Image paths are relative to the content folder, beside articles/: "./images/x.webp".
  const heroFile = path.resolve(contentRoot, result.data.hero.src);
  return { slug, file, frontmatter: result.data, body, heroFile };
}

export function loadContentArticles(contentRoot: string): ContentArticle[] {
  const dir = path.join(contentRoot, 'articles');
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort();
  return files.map((name) => {
    const file = path.join(dir, name);
    const article = parseArticleFile(file, fs.readFileSync(file, 'utf8'), contentRoot);
    if (!fs.existsSync(article.heroFile)) {
      throw new ContentError(`${file}: field "hero.src": no image at ${article.heroFile}`);
    }
    return article;
  });
}
