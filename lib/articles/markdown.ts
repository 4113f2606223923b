import { Marked, type Tokens } from 'marked';
import sanitizeHtml from 'sanitize-html';

// Editors write Markdown; readers get HTML that has been through two gates: raw HTML in the
// Markdown is escaped as text by the renderer, and the output is sanitized against an allow-list.

export interface RenderedBody {
  html: string;
  paragraphCount: number;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const allowed: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'h2', 'h3', 'h4', 'blockquote', 'ul', 'ol', 'li', 'a', 'em', 'strong', 'code', 'pre', 'hr', 'br', 'del'],
  allowedAttributes: { p: ['id'], a: ['href', 'title', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  transformTags: {
    a: (tagName, attribs) => {
      const external = /^https?:\/\//.test(attribs.href ?? '');
      return { tagName, attribs: external ? { ...attribs, rel: 'noopener noreferrer' } : attribs };
    },
  },
};

export function renderMarkdown(markdown: string): RenderedBody {
  let paragraphCount = 0;
  const marked = new Marked({ gfm: true, async: false });
  marked.use({
    renderer: {
      // Every paragraph gets an anchor (#p-1, #p-2 …) in document order, for links and feedback.
      paragraph(this: { parser: { parseInline(tokens: Tokens.Generic[]): string } }, token: Tokens.Paragraph) {
        paragraphCount++;
        return `<p id="p-${paragraphCount}">${this.parser.parseInline(token.tokens)}</p>\n`;
      },
      html(token: Tokens.HTML | Tokens.Tag) {
        return escapeHtml(token.text);
      },
      heading(this: { parser: { parseInline(tokens: Tokens.Generic[]): string } }, token: Tokens.Heading) {
        // The article's headline is the page's only h1; body headings start at h2.
        const level = Math.min(Math.max(token.depth, 2), 4);
        return `<h${level}>${this.parser.parseInline(token.tokens)}</h${level}>\n`;
      },
      image(token: Tokens.Image) {
        return escapeHtml(token.text);
      },
    },
  });
  const raw = marked.parse(markdown) as string;
  return { html: sanitizeHtml(raw, allowed), paragraphCount };
}

/** Plain text of Markdown, for descriptions, feeds and search snippets. */
export function markdownToText(markdown: string): string {
  const html = new Marked({ async: false }).parse(markdown) as string;
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} })
    .replace(/\s+/g, ' ')
    .trim();
}
