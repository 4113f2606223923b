// Shared by the pre-paint script and the control. The first size is the default, which is
// stored as "no attribute" so the page without JavaScript looks the same.
export const textSizes = ['default', 'small', 'large', 'largest'] as const;
export type TextSize = (typeof textSizes)[number];
export const textSizeStorageKey = 'dateline:text-size';

export const textSizeOptions: { value: TextSize; label: string; scale: string }[] = [
  { value: 'small', label: 'Small', scale: 'text-sm' },
  { value: 'default', label: 'Default', scale: 'text-base' },
  { value: 'large', label: 'Large', scale: 'text-lg' },
  { value: 'largest', label: 'Largest', scale: 'text-xl' },
];

/** Applies a size to the page (on <html>, where the pre-paint script puts it) and remembers it. */
export function applyTextSize(size: TextSize): void {
  const root = document.documentElement;
  if (size === 'default') root.removeAttribute('data-text-size');
  else root.setAttribute('data-text-size', size);
  try {
    localStorage.setItem(textSizeStorageKey, size);
  } catch {
    // Private modes may refuse storage; the size still applies to this page.
  }
}
