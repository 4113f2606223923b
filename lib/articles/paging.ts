/** "2" → 2; anything that is not a plain positive integer → null. */
export function parsePageNumber(value: string | undefined): number | null {
  if (!value || !/^[1-9]\d{0,4}$/.test(value)) return null;
  return Number(value);
}

/** Page numbers 2…pageCount as route params (page 1 is the listing's own address). */
export function laterPages(pageCount: number): string[] {
  return Array.from({ length: Math.max(0, pageCount - 1) }, (_, i) => String(i + 2));
}
