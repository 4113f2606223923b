import { applyTextSize, textSizes, type TextSize } from '@/lib/text-size';

const isTextSize = (value: string): value is TextSize => (textSizes as readonly string[]).includes(value);

/** "Change Size": the radio group shows the size the pre-paint script applied, and changes it. */
export function enhanceTextSize(root: Document) {
  const current = root.documentElement.getAttribute('data-text-size') ?? 'default';
  for (const radio of root.querySelectorAll<HTMLInputElement>('input[type="radio"][name="text-size"]')) {
    radio.checked = radio.value === current;
    radio.addEventListener('change', () => {
      if (radio.checked && isTextSize(radio.value)) applyTextSize(radio.value);
    });
  }
}
