/** "2" → 2; anything that is not a plain positive integer → null. */
export function parsePageNumber(value: string | undefined): number | null {
  if (!value || !/^[1-9]\d{0,4}$/.test(value)) return null;
  return Number(value);
}

/** Deeper listing pages are rarely read: they are drawn on first request instead of at build. */
export const prerenderedListingPages = 10;

/** Page numbers 2…pageCount (at most up to prerenderedListingPages) as route params. */
export function laterPages(pageCount: number): string[] {
  const last = Math.min(pageCount, prerenderedListingPages);
  return Array.from({ length: Math.max(0, last - 1) }, (_, i) => String(i + 2));
}
