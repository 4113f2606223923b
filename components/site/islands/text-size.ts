import { textSizeStorageKey, textSizes, type TextSize } from '@/lib/text-size';

const isTextSize = (value: string): value is TextSize => (textSizes as readonly string[]).includes(value);

function applySize(size: TextSize) {
  const root = document.documentElement;
  if (size === 'default') root.removeAttribute('data-text-size');
  else root.setAttribute('data-text-size', size);
  try {
    localStorage.setItem(textSizeStorageKey, size);
  } catch {
    // Private modes may refuse storage; the size still applies to this page.
  }
}

/** "Change Size": the radio group shows the size the pre-paint script applied, and changes it. */
export function enhanceTextSize(root: Document) {
  const current = root.documentElement.getAttribute('data-text-size') ?? 'default';
  for (const radio of root.querySelectorAll<HTMLInputElement>('input[type="radio"][name="text-size"]')) {
    radio.checked = radio.value === current;
    radio.addEventListener('change', () => {
      if (radio.checked && isTextSize(radio.value)) applySize(radio.value);
    });
  }
}
