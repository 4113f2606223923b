'use client';

import { useEffect } from 'react';

/**
 * Marks the newsroom page interactive once React has hydrated it (`<html data-interactive>`).
 * A click that lands while hydration is still running can be dropped (seen on a slow machine:
 * a submit that sent nothing), so scripts that drive the newsroom wait for this mark.
 */
export function InteractiveMark() {
  useEffect(() => {
    document.documentElement.dataset.interactive = '';
  }, []);
  return null;
}
