import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { storySchema } from '@/lib/story/schema';
import { StoryBody } from './story-body';

const text = (t: string) => [{ type: 'text', text: t }];
const story = storySchema.parse({
  version: 1,
  blocks: [
    { type: 'paragraph', id: 'p-1', content: [...text('Read '), { type: 'link', href: 'https://example.org', children: text('this') }, { type: 'text', text: ' now', bold: true }, { type: 'link', href: '/world', children: text('here') }] },
    { type: 'heading', id: 'b-1', level: 3, content: text('Sub <b>') },
    { type: 'list', id: 'b-2', ordered: true, items: [text('one'), text('two')] },
    { type: 'quote', id: 'b-3', paragraphs: [{ type: 'paragraph', id: 'p-2', content: text('Said.') }] },
    { type: 'pullQuote', id: 'b-4', text: 'A line.', attribution: 'Someone' },
    { type: 'image', id: 'b-5', src: '/media/a.webp', width: 1600, height: 900, alt: 'A boat', caption: 'A boat at dawn.', credit: 'Dateline' },
    { type: 'readAlso', id: 'b-6', articleId: 3 },
    { type: 'readAlso', id: 'b-7', articleId: 4 },
    { type: 'embed', id: 'b-8', provider: 'youtube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' },
    { type: 'factBox', id: 'b-9', title: 'Key facts', paragraphs: [{ type: 'paragraph', id: 'p-3', content: text('A fact.') }] },
    { type: 'divider', id: 'b-10' },
  ],
});

describe('StoryBody', () => {
  const html = renderToStaticMarkup(<StoryBody story={story} readAlso={new Map([[3, { headline: 'Ferries resume', path: '/world/2026/11/20/ferries-resume' }]])} />);

  it('anchors paragraphs by their stored ids, quoted and boxed ones too', () => {
    expect(html).toContain('<p id="p-1">Read ');
    expect(html).toContain('<p id="p-2">Said.</p>');
    expect(html).toContain('<p id="p-3">A fact.</p>');
  });

  it('marks external links noopener noreferrer and leaves our own alone', () => {
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer">this</a>');
    expect(html).toContain('<a href="/world">here</a>');
    expect(html).toContain('<strong> now</strong>');
  });

  it('escapes text, so nothing in a story becomes markup', () => {
    expect(html).toContain('<h3 id="b-1">Sub &lt;b&gt;</h3>');
  });

  it('renders lists, quotes, pull quotes, fact boxes and dividers', () => {
    expect(html).toContain('<ol id="b-2"><li>one</li><li>two</li></ol>');
    expect(html).toMatch(/<figure id="b-4" class="pull-quote"><blockquote><p>A line.<\/p><\/blockquote><figcaption>Someone<\/figcaption><\/figure>/);
    expect(html).toMatch(/<aside id="b-9" aria-labelledby="b-9-title" class="fact-box"><h2 id="b-9-title">Key facts<\/h2>/);
    expect(html).toContain('<hr id="b-10"/>');
  });

  it('serves pictures through the image optimizer with a srcset, alt text, caption and credit', () => {
    expect(html).toMatch(/<img alt="A boat" loading="lazy"[^>]*srcSet="\/_next\/image\?url=%2Fmedia%2Fa.webp&amp;w=\d+/);
    expect(html).toContain('A boat at dawn.');
    expect(html).toContain('<span class="text-xs tracking-wide uppercase">(Dateline)</span>');
  });

  it('links a "Read also" card to its article, and leaves out one whose article is gone', () => {
    expect(html).toContain('<a href="/world/2026/11/20/ferries-resume">Ferries resume</a>');
    expect(html).not.toContain('id="b-7"');
  });

  it('shows an embed as a link to the post, with no request to the other site until a click', () => {
    expect(html).toContain('href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"');
    expect(html).toContain('data-embed-frame="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"');
    expect(html).not.toMatch(/<(iframe|script|img)[^>]*(youtube|ytimg)/);
  });
});
