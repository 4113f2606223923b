import { findSection, sections } from '@/lib/articles/sections';
import type { FillRule, FrontContainer } from '@/lib/fronts/schema';
import { layoutInfo } from '@/lib/fronts/schema';

// Words for the front editor, shared by its server and client parts.

export const ruleChoices = [
  { value: 'latest', label: 'The newest stories' },
  ...sections.map((s) => ({ value: `section:${s.slug}`, label: `The newest in ${s.name}` })),
  { value: 'tag', label: 'The newest with a tag' },
  { value: 'live', label: 'Running live coverage' },
  { value: 'none', label: 'Nothing: pinned stories only' },
];

/** A rule as the container form's choice sends it. */
export function ruleValue(rule: FillRule): string {
  return rule.kind === 'section' ? `section:${rule.section}` : rule.kind;
}

export function describeRule(rule: FillRule): string {
  switch (rule.kind) {
    case 'latest':
      return 'the newest stories';
    case 'section':
      return `the newest in ${findSection(rule.section)?.name ?? rule.section}`;
    case 'tag':
      return `the newest tagged “${rule.tag}”`;
    case 'live':
      return 'running live coverage';
    case 'none':
      return 'nothing (pinned stories only)';
  }
}

export function containerName(container: Pick<FrontContainer, 'title' | 'layout'>): string {
  return container.title || layoutInfo[container.layout].label;
}

/** What a slot is called in its container: "Lead", "Second 2", "Slot 3". */
export function slotName(container: Pick<FrontContainer, 'layout'>, index: number): string {
  if (container.layout === 'lead') return index === 0 ? 'Lead' : `Second ${index}`;
  return `Slot ${index + 1}`;
}

export const doneMessages: Record<string, string> = {
  pin: 'Pinned in the draft.',
  unpin: 'Removed from the draft: the slot fills automatically.',
  'move-slot': 'Moved in the draft.',
  'reorder-slots': 'New order saved to the draft.',
  override: 'Overrides saved to the draft.',
  container: 'Container saved to the draft.',
  'add-container': 'Container added to the draft.',
  'move-container': 'Container moved in the draft.',
  'reorder-containers': 'New order saved to the draft.',
  'remove-container': 'Container removed from the draft.',
  reset: 'The draft was reset.',
  launch: 'Launched: readers everywhere see this layout now.',
  restore: 'Restored and launched: readers see that layout again, and it is the draft now.',
  schedule: 'Scheduled: the draft as it is now launches at that time.',
  cancel: 'The scheduled launch was cancelled.',
};
