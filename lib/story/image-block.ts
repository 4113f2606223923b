import { randomId } from './ids';
import type { StoryBlock } from './schema';

export type ImageBlock = Extract<StoryBlock, { type: 'image' }>;

/** What a story picture is made from: a media library entry, by shape, as the story model sits below the library. */
export interface PictureForStory {
  src: string;
  width: number;
  height: number;
  alt: string;
  caption: string | null;
  credit: string | null;
}

/** A story picture from a library entry; its id is provisional until the story is saved. */
export function imageBlock(image: PictureForStory): ImageBlock {
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
