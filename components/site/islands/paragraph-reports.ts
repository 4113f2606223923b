export interface ParagraphScope {
  /** The paragraph's stored id: it follows the paragraph when others are added above it. */
  anchor: string;
  /** Its place on the page as the reader sees it now, for the words "paragraph 3". */
  number: number;
  quote: string;
}

/**
 * Adds a "Report an error in this paragraph" button to every anchored paragraph of the article
 * body. The buttons exist only with JavaScript (they need the form), and sit outside the text
 * that is copied or read as the paragraph.
 */
export function addParagraphReports(root: Document, onReport: (scope: ParagraphScope) => void): () => void {
  const buttons: HTMLButtonElement[] = [];
  for (const [index, paragraph] of root.querySelectorAll<HTMLParagraphElement>('.article-body p[id]').entries()) {
    const quote = (paragraph.textContent ?? '').trim();
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'report-paragraph';
    button.textContent = 'Report an error in this paragraph';
    button.setAttribute('aria-label', `Report an error in this paragraph (paragraph ${index + 1})`);
    button.addEventListener('click', () => {
      onReport({ anchor: paragraph.id, number: index + 1, quote });
      document.getElementById('feedback')?.scrollIntoView({ block: 'center' });
    });
    paragraph.append(button);
    buttons.push(button);
  }
  return () => buttons.forEach((button) => button.remove());
}
