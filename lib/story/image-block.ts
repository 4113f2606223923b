import type { StoryBlock } from './schema';

export type ImageBlock = Extract<StoryBlock, { type: 'image' }>;

/** A story picture from a library entry; its id is provisional until the story is saved. */
export function imageBlock(image: { src: string; width: number; height: number; alt: string; caption: string | null; credit: string | null }): ImageBlock {
  return {
    type: 'image',
    id: `b-${Math.random().toString(36).slice(2, 10)}`,
    src: image.src,
    width: image.width,
    height: image.height,
    alt: image.alt,
    ...(image.caption ? { caption: image.caption } : {}),
    ...(image.credit ? { credit: image.credit } : {}),
  };
}
