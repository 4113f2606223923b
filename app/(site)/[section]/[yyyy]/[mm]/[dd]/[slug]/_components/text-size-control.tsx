'use client';

import { useSyncExternalStore } from 'react';
import { applyTextSize, textSizeOptions, type TextSize } from '@/lib/text-size';

const changeEvent = 'dateline:text-size';

// The size lives on <html> (set before paint by the layout script), so that is what we read.
function readSize(): TextSize {
  return (document.documentElement.getAttribute('data-text-size') as TextSize | null) ?? 'default';
}

function subscribe(onChange: () => void) {
  window.addEventListener(changeEvent, onChange);
  return () => window.removeEventListener(changeEvent, onChange);
}

function applySize(next: TextSize) {
  applyTextSize(next);
  window.dispatchEvent(new Event(changeEvent));
}

/** A radio group: arrow keys move between sizes and screen readers announce the choice. */
export function TextSizeControl() {
  const size = useSyncExternalStore(subscribe, readSize, () => 'default' as const);
  return (
    <fieldset className="needs-js flex items-center gap-2">
      <legend className="float-left mr-1 text-sm font-bold whitespace-nowrap">Change Size</legend>
      {textSizeOptions.map((option) => (
        <label
          key={option.value}
          className="flex h-9 min-w-9 cursor-pointer items-center justify-center rounded-full border border-rule px-2 font-serif has-[:checked]:border-ink has-[:checked]:bg-ink has-[:checked]:text-paper has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-accent"
        >
          <input
            type="radio"
            name="text-size"
            value={option.value}
            checked={size === option.value}
            onChange={() => applySize(option.value)}
            className="sr-only"
          />
          <span className={option.scale}>A</span>
          <span className="sr-only"> {option.label.toLowerCase()}</span>
        </label>
      ))}
    </fieldset>
  );
}
