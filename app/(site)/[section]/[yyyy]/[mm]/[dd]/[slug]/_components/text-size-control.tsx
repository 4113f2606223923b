import { textSizeOptions } from '@/lib/text-size';

/**
 * "Change Size": a radio group (arrow keys move between sizes, screen readers announce the
 * choice), drawn here and applied by the reader script (components/site/islands/text-size.ts).
 * Hidden without JavaScript, where a size could not be remembered.
 */
export function TextSizeControl() {
  return (
    <fieldset className="needs-js flex items-center gap-2">
      <legend className="float-left mr-1 text-sm font-bold whitespace-nowrap">Change Size</legend>
      {textSizeOptions.map((option) => (
        <label
          key={option.value}
          className="flex h-9 min-w-9 cursor-pointer items-center justify-center rounded-full border border-rule px-2 font-serif has-[:checked]:border-ink has-[:checked]:bg-ink has-[:checked]:text-paper has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-accent"
        >
          <input type="radio" name="text-size" value={option.value} defaultChecked={option.value === 'default'} className="sr-only" />
          <span className={option.scale}>A</span>
          <span className="sr-only"> {option.label.toLowerCase()}</span>
        </label>
      ))}
    </fieldset>
  );
}
