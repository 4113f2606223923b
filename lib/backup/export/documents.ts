import { mediaNamePattern } from '../../media/schema';
import { parseStoredStory } from '../../story/stored';
import type { Story } from '../../story/schema';
import { mediaFolder } from '../schema';

/** The stored story document, checked against its schema: an invalid one stops the export, naming what holds it. */
export function storyOf(json: string, holder: string): Story {
  try {
    return parseStoredStory(json);
  } catch (error) {
    throw new Error(`The story of ${holder} is not a valid story document: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** "/media/<name>" → "media/<name>", the picture's file in the export; null for any other address. */
export function mediaFileOf(src: string): string | null {
  const name = /^\/media\/([^/]+)$/.exec(src)?.[1];
  return name && mediaNamePattern.test(name) ? `${mediaFolder}/${name}` : null;
}
