import { storySchema, type Story } from './schema';
import { storyText } from './text';

// How a story sits in the articles table: the document as JSON, and its text for search.

export function storyColumns(story: Story): { body: string; body_text: string } {
  const valid = storySchema.parse(story);
  return { body: JSON.stringify(valid), body_text: storyText(valid) };
}

/** The stored document, checked against the schema like anything read from outside the code. */
export function parseStoredStory(json: string): Story {
  return storySchema.parse(JSON.parse(json));
}
