'use client';

import { useEffect, useRef } from 'react';

export interface ParagraphScope {
  anchor: string;
  quote: string;
}

/**
 * Adds a "Report an error in this paragraph" button to every anchored paragraph of the article
 * body. The buttons exist only with JavaScript (they need the form), and sit outside the text
 * that is copied or read as the paragraph.
 */
export function useParagraphReports(onReport: (scope: ParagraphScope) => void) {
  const callback = useRef(onReport);
  useEffect(() => {
    callback.current = onReport;
  });

  useEffect(() => {
    const paragraphs = document.querySelectorAll<HTMLParagraphElement>('.article-body p[id^="p-"]');
    const buttons: HTMLButtonElement[] = [];
    paragraphs.forEach((p) => {
      const quote = (p.textContent ?? '').trim();
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'report-paragraph';
      button.textContent = 'Report an error in this paragraph';
      button.setAttribute('aria-label', `Report an error in this paragraph (paragraph ${p.id.slice(2)})`);
      button.addEventListener('click', () => {
        callback.current({ anchor: p.id, quote });
        document.getElementById('feedback')?.scrollIntoView({ block: 'center' });
      });
      p.append(button);
      buttons.push(button);
    });
    return () => buttons.forEach((b) => b.remove());
  }, []);
}
