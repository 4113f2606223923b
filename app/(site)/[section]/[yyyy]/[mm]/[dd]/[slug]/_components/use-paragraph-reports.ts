'use client';

import { useEffect, useRef } from 'react';
import { addParagraphReports, type ParagraphScope } from '@/components/site/islands/paragraph-reports';

export type { ParagraphScope };

/** The per-paragraph report buttons (components/site/islands) for the hydrated form. */
export function useParagraphReports(onReport: (scope: ParagraphScope) => void) {
  const callback = useRef(onReport);
  useEffect(() => {
    callback.current = onReport;
  });
  useEffect(() => addParagraphReports(document, (scope) => callback.current(scope)), []);
}
