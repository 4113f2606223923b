import { cacheTags } from '../cache-tags';
import type { FrontLayout } from './schema';

/** Next.js keeps at most 128 tags per cached read; a front stays well under. */
const maxTags = 100;

/**
 * The cache tags of a front drawn from `layout`: its launches, the listings its rules read (every
 * change to an article refreshes the front page's tag, its section's and its tags'), and each
 * pinned article, so an unpublished pin leaves the front at once, whatever front it is on. A front
 * with more pins than tags allow takes the front page's tag instead, which every change refreshes.
 */
export function frontReadTags(key: string, layout: FrontLayout): string[] {
  const tags = new Set<string>([cacheTags.front(key)]);
  if (key === 'home') tags.add(cacheTags.frontPage);
  if (key.startsWith('section:')) tags.add(cacheTags.section(key.slice('section:'.length)));
  const pins = new Set<string>();
  for (const container of layout.containers) {
    const rule = container.rule;
    if (rule.kind === 'latest' || rule.kind === 'live') tags.add(cacheTags.frontPage);
    if (rule.kind === 'section') tags.add(cacheTags.section(rule.section));
    if (rule.kind === 'tag') tags.add(cacheTags.tag(rule.tag));
    for (const slot of container.slots)
      if (slot.articleId) pins.add(cacheTags.article(slot.articleId));
  }
  if (tags.size + pins.size > maxTags) tags.add(cacheTags.frontPage);
  else pins.forEach((tag) => tags.add(tag));
  return [...tags];
}
