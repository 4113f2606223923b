import { describe, expect, it } from 'vitest';
import { ContentError, parseArticleFile } from './content';

const valid = `---
headline: "Ferry operators add night crossings to Madura"
dek: "Two operators say demand after the bridge toll rise justifies a night timetable for the first time."
section: indonesia
tags: [transport, economy]
bylines:
  - name: News Desk
    type: desk
    organization: Antara
dateline:
  city: Surabaya
  country: Indonesia
publishedAt: 2026-11-20T10:00:00+07:00
hero:
  src: ./images/ferry.webp
  alt: "Illustration: a ferry at night"
  caption: "Ferries wait at the harbour."
  credit: "Illustration: Dateline Graphics"
---

The first night ferry left the harbour a few minutes late, with forty passengers and a lorry.
`;

const parse = (text: string, file = '/content/articles/ferry-night-crossings.md') => parseArticleFile(file, text, '/content');

describe('parseArticleFile', () => {
  it('reads frontmatter, keeps dates as written and resolves the image from the content root', () => {
    const article = parse(valid);
    expect(article.slug).toBe('ferry-night-crossings');
    expect(article.frontmatter.publishedAt).toBe('2026-11-20T10:00:00+07:00');
    expect(article.frontmatter.language).toBe('en');
    expect(article.frontmatter.bylines[0]).toEqual({ name: 'News Desk', type: 'desk', organization: 'Antara' });
    expect(article.heroFile).toBe('/content/images/ferry.webp');
    expect(article.body).toMatch(/^The first night ferry/);
  });

  it('names the file and the field at fault', () => {
    expect(() => parse(valid.replace('section: indonesia', 'section: sport'))).toThrow(
      /ferry-night-crossings\.md: field "section"/,
    );
    expect(() => parse(valid.replace('    type: desk\n', '    type: robot\n'))).toThrow(/field "bylines\.0\.type"/);
    expect(() => parse(valid.replace('publishedAt: 2026-11-20T10:00:00+07:00', 'publishedAt: next tuesday'))).toThrow(
      /field "publishedAt"/,
    );
  });

  it('refuses unknown fields, broken YAML, a missing block and a non-slug file name', () => {
    expect(() => parse(valid.replace('section: indonesia', 'section: indonesia\nsectoin: world'))).toThrow(ContentError);
    expect(() => parse(valid.replace('tags: [transport, economy]', 'tags: [transport'))).toThrow(/not valid YAML/);
    expect(() => parse('Just text, no frontmatter at all, long enough to count as a body.')).toThrow(/frontmatter/);
    expect(() => parse(valid, '/content/articles/Ferry Story.md')).toThrow(/file name must be a slug/);
  });

  it('requires an update to come after publication', () => {
    expect(() => parse(valid.replace('hero:', 'updatedAt: 2026-11-19T10:00:00+07:00\nhero:'))).toThrow(/field "updatedAt"/);
  });
});
