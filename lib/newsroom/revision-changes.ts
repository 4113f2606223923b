import type { Story } from '../story/schema';
import { storyText } from '../story/text';
import { describeTextChanges } from '../story/text-diff';
import type { ArticleDraft } from './store';

// What each revision in an article's history changed, word by word (bounded work: see
// lib/story/text-diff.ts), for the editor's history list; pure, so the bench measures it too.

/** The words a revision holds, headline and summary first, as revisions are compared (and stored, lib/newsroom/store.ts). */
export function revisionText(draft: Partial<Pick<ArticleDraft, 'headline' | 'dek' | 'story'>>): string {
  return [draft.headline ?? '', draft.dek ?? '', draft.story ? storyTextOf(draft.story) : ''].join('\n\n');
}

// A revision's story was validated when it was saved; validating 31 of the largest allowed
// stories again on every view of the history cost more than diffing them. A snapshot in a
// shape this code no longer reads shows no text rather than failing the page.
function storyTextOf(story: Story): string {
  try {
    return storyText(story);
  } catch {
    return '';
  }
}

/** Each listed revision with what it changed from the one before it (none for the first). */
export function withChanges(revisions: { id: number; version: number; saved_at: string; name: string | null; text: string | null; snapshot: string }[]) {
  // Saved with the revision; worked out from its snapshot only for revisions older than that.
  const texts = revisions.map((r) => r.text ?? revisionText(JSON.parse(r.snapshot) as Partial<ArticleDraft>));
  return revisions.slice(0, 30).map((revision, i) => ({
    id: revision.id,
    version: revision.version,
    saved_at: revision.saved_at,
    name: revision.name,
    changes: texts[i + 1] === undefined ? null : describeTextChanges(texts[i + 1]!, texts[i]!),
  }));
}
