import { describe, expect, it } from 'vitest';
import { markdownToText, renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('anchors every paragraph in document order', () => {
    const { html, paragraphCount } = renderMarkdown('One.\n\n> Two.\n\nThree.');
    expect(paragraphCount).toBe(3);
    expect(html).toContain('<p id="p-1">One.</p>');
    expect(html).toContain('<p id="p-2">Two.</p>');
    expect(html).toContain('<p id="p-3">Three.</p>');
  });

  it('turns raw HTML in the Markdown into visible text', () => {
    const { html } = renderMarkdown('Hi <script>alert(1)</script> <img src=x onerror=alert(1)>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it('drops dangerous link schemes and marks external links', () => {
    const { html } = renderMarkdown('[a](javascript:alert(1)) [b](https://example.org)');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer">b</a>');
  });

  it('keeps the headline the only h1', () => {
    expect(renderMarkdown('# Big\n\ntext').html).toContain('<h2>Big</h2>');
  });
});

describe('markdownToText', () => {
  it('strips formatting', () => {
    expect(markdownToText('Some *emphasis* and [a link](https://example.org).')).toBe('Some emphasis and a link.');
  });
});
