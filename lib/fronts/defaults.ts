import { sections } from '../articles/sections';
import { frontByKey } from './keys';
import type { FrontContainer, FrontLayout, FrontSlot } from './schema';

// The automatic layouts: what a front looks like before anyone arranges it, and what "start from
// the automatic layout" goes back to. They draw the pages as they were before fronts existed: the
// home page's newest story as its lead with three seconds, the next eight as "Latest", and the four
// newest of each section (which may repeat a top story, as they always did); a section page's
// twelve newest in a grid.

export function emptySlots(containerId: string, count: number): FrontSlot[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${containerId}-${i + 1}`,
    articleId: null,
    headline: null,
    kicker: null,
    focal: null,
  }));
}

function container(fields: Omit<FrontContainer, 'slots'>, count: number): FrontContainer {
  return { ...fields, slots: emptySlots(fields.id, count) };
}

export function defaultHomeLayout(): FrontLayout {
  return {
    containers: [
      container(
        {
          id: 'top',
          title: 'Top stories',
          layout: 'lead',
          rule: { kind: 'latest' },
          allowDuplicates: false,
        },
        4,
      ),
      container(
        {
          id: 'latest',
          title: 'Latest',
          layout: 'list',
          rule: { kind: 'latest' },
          allowDuplicates: false,
        },
        8,
      ),
      ...sections.map((s) =>
        container(
          {
            id: s.slug,
            title: s.name,
            layout: 'row',
            rule: { kind: 'section', section: s.slug },
            allowDuplicates: true,
          },
          4,
        ),
      ),
    ],
  };
}

export function defaultSectionLayout(slug: (typeof sections)[number]['slug']): FrontLayout {
  return {
    containers: [
      container(
        {
          id: 'stories',
          title: '',
          layout: 'grid',
          rule: { kind: 'section', section: slug },
          allowDuplicates: false,
        },
        12,
      ),
    ],
  };
}

export function defaultLayout(key: string): FrontLayout {
  const front = frontByKey(key);
  if (!front) throw new RangeError(`No such front: ${key}`);
  return front.section ? defaultSectionLayout(front.section.slug) : defaultHomeLayout();
}
