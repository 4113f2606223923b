import fs from 'node:fs';
import path from 'node:path';
import { Marked, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { loadContentArticles } from '../newsroom/content';
import { storyFromMarkdown } from './from-markdown';
import { blockIds, storySchema, type Story } from './schema';
import { blockText, inlineText } from './text';

/** The paragraphs the old Markdown renderer anchored as p-1, p-2 …, as plain text. */
function legacyAnchoredParagraphs(markdown: string): string[] {
  const texts: string[] = [];
  const marked = new Marked({ gfm: true, async: false });
  marked.use({
    renderer: {
      paragraph(this: { parser: { parseInline(tokens: Tokens.Generic[], renderer?: unknown): string } }, token: Tokens.Paragraph) {
        texts.push(token.text);
        return '';
      },
    },
  });
  marked.parse(markdown);
  return texts;
}

function anchoredText(story: Story): Map<string, string> {
  const texts = new Map<string, string>();
  for (const block of story.blocks) {
    if (block.type === 'paragraph') texts.set(block.id, inlineText(block.content));
    if (block.type === 'quote') block.paragraphs.forEach((p) => texts.set(p.id, inlineText(p.content)));
  }
  return texts;
}

const plainOf = (markdown: string) => markdown.replace(/\*\*|__|[*_]|\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\\(.)/g, '$1').replace(/\n/g, ' ');

describe('storyFromMarkdown', () => {
  it('keeps every sample article paragraph at the anchor the old renderer gave it', () => {
    const articles = loadContentArticles(path.resolve('content'));
    expect(articles.length).toBeGreaterThan(10);
    for (const article of articles) {
      const story = storyFromMarkdown(article.body);
      const anchored = anchoredText(story);
      const legacy = legacyAnchoredParagraphs(article.body);
      expect(anchored.size, article.slug).toBe(legacy.length);
      legacy.forEach((text, i) => expect(anchored.get(`p-${i + 1}`)?.replace(/\n/g, ' '), `${article.slug} p-${i + 1}`).toBe(plainOf(text)));
    }
  });

  it('numbers paragraphs inside quotes and loose lists the way the old anchors did', () => {
    const story = storyFromMarkdown('One.\n\n> Two.\n\n- a\n\n- b\n\nThree.\n\n## Sub\n\nFour.');
    expect([...anchoredText(story).keys()]).toEqual(['p-1', 'p-2', 'p-5', 'p-6']);
    expect(anchoredText(story).get('p-5')).toBe('Three.');
    expect(new Set(blockIds(story)).size).toBe(blockIds(story).length);
  });

  it('keeps bold, italic and links, and drops links to anything but the web or e-mail', () => {
    const story = storyFromMarkdown('Some **bold _both_** and [a link](https://example.org) and [bad](javascript:alert(1)).');
    const block = story.blocks[0]!;
    expect(block.type).toBe('paragraph');
    if (block.type !== 'paragraph') return;
    expect(block.content).toEqual([
      { type: 'text', text: 'Some ' },
      { type: 'text', text: 'bold ', bold: true },
      { type: 'text', text: 'both', bold: true, italic: true },
      { type: 'text', text: ' and ' },
      { type: 'link', href: 'https://example.org', children: [{ type: 'text', text: 'a link' }] },
      { type: 'text', text: ' and bad.' },
    ]);
  });

  it('turns raw HTML and images into visible text, never markup', () => {
    const story = storyFromMarkdown('Hi <script>alert(1)</script> & <img src=x onerror=alert(1)> ![alt text](x.png)\n\n<div>block</div>');
    const json = JSON.stringify(story);
    expect(blockText(story.blocks[0]!)).toBe('Hi <script>alert(1)</script> & <img src=x onerror=alert(1)> alt text');
    expect(json).toContain('<div>block</div>');
    expect(storySchema.safeParse(story).success).toBe(true);
  });

  it('reads headings as h2 and h3, lists, quotes and dividers', () => {
    const story = storyFromMarkdown('# Top\n\n### Deep\n\n1. first\n2. second\n\n---\n\n> Said.');
    expect(story.blocks.map((b) => b.type)).toEqual(['heading', 'heading', 'list', 'divider', 'quote']);
    expect(story.blocks.slice(0, 2).map((b) => (b.type === 'heading' ? b.level : 0))).toEqual([2, 3]);
    expect(story.blocks[2]).toMatchObject({ ordered: true, items: [[{ text: 'first' }], [{ text: 'second' }]] });
  });

  it('gives the same document for the same file, so the import stays idempotent', () => {
    const file = fs.readdirSync('content/articles').find((f) => f.endsWith('.md'))!;
    const text = fs.readFileSync(path.join('content/articles', file), 'utf8');
    expect(storyFromMarkdown(text)).toEqual(storyFromMarkdown(text));
  });
});
