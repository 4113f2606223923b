import type { LibraryImage } from '../media/library';
import { randomId } from './ids';
import type { StoryBlock } from './schema';

export type ImageBlock = Extract<StoryBlock, { type: 'image' }>;

/** A story picture from a library entry; its id is provisional until the story is saved. */
export function imageBlock(image: LibraryImage): ImageBlock {
  return {
    type: 'image',
    id: randomId('b'),
    src: image.src,
    width: image.width,
    height: image.height,
    alt: image.alt,
    ...(image.caption ? { caption: image.caption } : {}),
    ...(image.credit ? { credit: image.credit } : {}),
  };
}
