import type { BylineView } from './schema';

/** The byline as one line of text, as the seed prints it: "News Desk (Kyodo News)", "A and B". */
export function formatBylines(bylines: Pick<BylineView, 'name' | 'organization'>[]): string {
  const names = bylines.map((b) => (b.organization ? `${b.name} (${b.organization})` : b.name));
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
