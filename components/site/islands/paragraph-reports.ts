export interface ParagraphScope {
  /** The paragraph's stored id: it follows the paragraph when others are added above it. */
  anchor: string;
  /** Its place on the page as the reader sees it now, for the words "paragraph 3". */
  number: number;
  quote: string;
}

/**
 * Adds the page's "Report an error in this paragraph" button (a <template> the server drew) to
 * every anchored paragraph of the article body. The buttons exist only with JavaScript (they need
 * the form), and sit outside the text that is copied or read as the paragraph.
 */
export function addParagraphReports(root: Document, button: HTMLTemplateElement, onReport: (scope: ParagraphScope) => void): void {
  for (const [index, paragraph] of root.querySelectorAll<HTMLParagraphElement>('.article-body:not(.update-body) p[id]').entries()) {
    const quote = (paragraph.textContent ?? '').trim();
    const report = (button.content.firstElementChild as HTMLButtonElement).cloneNode(true) as HTMLButtonElement;
    report.setAttribute('aria-label', `${report.textContent} (paragraph ${index + 1})`);
    report.addEventListener('click', () => {
      onReport({ anchor: paragraph.id, number: index + 1, quote });
      document.getElementById('feedback')?.scrollIntoView({ block: 'center' });
    });
    paragraph.append(report);
  }
}
