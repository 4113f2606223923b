import type { Story } from '../story/schema';

/** The element id of an update on the page, the anchor it links to itself by. */
export const updateAnchor = (id: number) => `update-${id}`;

/**
 * An update's story with its block ids made unique on the page (every update's first paragraph
 * is p-1): prefixed with the update's anchor, so a link to one paragraph of one update works.
 */
export function withUpdateAnchors(story: Story, updateId: number): Story {
  const prefix = `${updateAnchor(updateId)}-`;
  return {
    ...story,
    blocks: story.blocks.map((block) =>
      block.type === 'quote' || block.type === 'factBox'
        ? { ...block, id: prefix + block.id, paragraphs: block.paragraphs.map((p) => ({ ...p, id: prefix + p.id })) }
        : { ...block, id: prefix + block.id },
    ),
  } as Story;
}
