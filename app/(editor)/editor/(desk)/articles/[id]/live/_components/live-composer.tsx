'use client';

import { useActionState, useRef } from 'react';
import { Field, inputClass } from '@/components/editor/field';
import { SubmitButton } from '@/components/editor/submit-button';
import { saveLiveUpdate } from '@/lib/live/actions';
import type { LiveFormState } from '@/lib/live/schema';
import type { LiveDeskUpdate } from '@/lib/live/newsroom';

interface Props {
  articleId: number;
  authors: { id: number; name: string; type: 'person' | 'desk' }[];
  /** The newest pictures of the media library, to pick one. */
  library: { src: string; alt: string }[];
  /** Editors post; contributors save drafts for an editor. */
  canPost: boolean;
  /** The update being changed; a new one without. */
  update?: LiveDeskUpdate;
}

/**
 * The live composer, built for speed: type, paste a link to a post or video on its own line (it
 * becomes the embed), add a picture from the phone, Post (Ctrl/Cmd+Enter). A plain form: it
 * works without JavaScript, and keeps what was typed when refused.
 */
export function LiveComposer({ articleId, authors, library, canPost, update }: Props) {
  const [state, action] = useActionState<LiveFormState, FormData>(saveLiveUpdate, { status: 'idle' });
  const form = useRef<HTMLFormElement>(null);
  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  const values = state.status === 'error' ? (state.values ?? {}) : {};
  const prefix = update ? `update-${update.id}-` : 'new-';

  return (
    // React empties the form once it is sent; a refused one comes back with what was typed.
    <form
      ref={form}
      action={action}
      className="grid gap-3"
      aria-label={update ? 'Change this update' : 'New update'}
      onKeyDown={(event) => {
        if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
          event.preventDefault();
          form.current?.requestSubmit(form.current.querySelector<HTMLButtonElement>('button[value="post"], button[value="draft"]'));
        }
      }}
    >
      <input type="hidden" name="articleId" value={articleId} />
      {update ? (
        <>
          <input type="hidden" name="updateId" value={update.id} />
          <input type="hidden" name="version" value={update.version} />
        </>
      ) : null}
      <Field id={`${prefix}text`} label="Update" errors={errors.text} hint="Paragraphs as you type them; **bold**, [links](https://…). A link to a post on X, Instagram, TikTok or a YouTube video on a line of its own becomes the post.">
        {(describedBy) => (
          <textarea
            id={`${prefix}text`}
            name="text"
            rows={update ? 6 : 5}
            required
            defaultValue={values.text ?? update?.text ?? ''}
            aria-describedby={describedBy}
            aria-invalid={errors.text ? true : undefined}
            className={inputClass}
          />
        )}
      </Field>
      <Field id={`${prefix}headline`} label="Headline (optional)" errors={errors.headline}>
        {(describedBy) => (
          <input id={`${prefix}headline`} name="headline" defaultValue={values.headline ?? update?.headline ?? ''} aria-describedby={describedBy} className={inputClass} />
        )}
      </Field>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        <label className="flex items-center gap-2">
          <input type="checkbox" name="keyEvent" defaultChecked={values.keyEvent ? values.keyEvent === 'on' : update?.keyEvent} /> Key event
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="pinned" defaultChecked={values.pinned ? values.pinned === 'on' : update?.pinned} /> Pin above the others
        </label>
        {update?.pictures.length ? (
          <label className="flex items-center gap-2">
            <input type="checkbox" name="keepPictures" defaultChecked /> Keep its picture ({update.pictures.map((p) => p.alt).join(', ')})
          </label>
        ) : null}
      </div>
      <Field id={`${prefix}bylines`} label="Bylines" hint="Hold Ctrl (or Cmd) to choose more than one.">
        {(describedBy) => (
          <select id={`${prefix}bylines`} name="bylines" multiple size={4} defaultValue={update?.bylines.map(String) ?? []} aria-describedby={describedBy} className={inputClass}>
            {authors.map((author) => (
              <option key={author.id} value={author.id}>
                {author.name}
                {author.type === 'desk' ? ' (desk)' : ''}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className="grid gap-2 border border-rule p-3">
        <legend className="px-1 font-semibold">Picture (optional)</legend>
        <label className="grid gap-1">
          <span>From your phone or computer</span>
          <input type="file" name="picture" accept="image/jpeg,image/png,image/webp" />
        </label>
        <label className="grid gap-1">
          <span>What it shows, for readers who cannot see it (alt text)</span>
          <input name="pictureAlt" defaultValue={values.pictureAlt ?? ''} className={inputClass} />
        </label>
        {library.length > 0 ? (
          <label className="grid gap-1">
            <span>Or one from the media library</span>
            <select name="librarySrc" defaultValue="" className={inputClass}>
              <option value="">None</option>
              {library.map((picture) => (
                <option key={picture.src} value={picture.src}>
                  {picture.alt}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </fieldset>
      <p role="status" aria-live="polite" className={state.status === 'error' ? 'font-semibold text-accent-dark' : 'font-semibold'}>
        {state.status === 'idle' ? null : state.message}
      </p>
      <div className="flex flex-wrap gap-3">
        {canPost ? (
          <SubmitButton name="intent" value="post" pendingLabel="Posting…">
            {update?.status === 'published' ? 'Save change' : 'Post'}
          </SubmitButton>
        ) : null}
        {update?.status !== 'published' ? (
          <SubmitButton name="intent" value="draft" variant="secondary" pendingLabel="Saving…">
            Save as draft
          </SubmitButton>
        ) : null}
      </div>
    </form>
  );
}
