'use client';

import { useActionState, useRef, useState } from 'react';
import { Field, inputClass } from '@/components/editor/field';
import { saveArticle } from '@/lib/newsroom/actions';
import type { ArticleFormState, ArticleIntent } from '@/lib/newsroom/schema';
import { sections } from '@/lib/articles/sections';
import type { Story } from '@/lib/story/schema';
import { storySchema } from '@/lib/story/schema';
import { storyToMarkdown } from '@/lib/story/to-markdown';
import { BylinePicker } from './byline-picker';
import type { FocalPercents, Picture } from './focal-point-picker';
import { HeroFields } from './hero-fields';
import { LivePreview, type PreviewValues } from './live-preview';
import { StoryEditor } from './story-editor/story-editor';
import { useAutosave } from './use-autosave';
import { WorkflowButtons } from './workflow-buttons';

export interface ArticleFormDefaults extends PreviewValues {
  id?: number;
  version?: number;
  slug: string;
  tags: string;
  datelineCity: string;
  datelineCountry: string;
  language: string;
  heroAlt: string;
  heroCaption: string;
  heroCredit: string;
  seoTitle: string;
  seoDescription: string;
  scheduledAt: string;
  story: Story;
  cardTitles?: Record<number, string>;
  /** The hero as stored, with the point its crops are made around. */
  hero?: Picture & { focal: FocalPercents };
}

interface Props {
  defaults: ArticleFormDefaults;
  intents: ArticleIntent[];
}

const textFields: { name: keyof ArticleFormDefaults; label: string; hint?: string; rows?: number }[] = [
  { name: 'headline', label: 'Headline' },
  { name: 'dek', label: 'Summary (dek)', hint: 'Shown under the headline and used as the description unless overridden.', rows: 2 },
  { name: 'slug', label: 'Slug', hint: 'Leave empty to make one from the headline. Changing it on a published article keeps the old URL working.' },
  { name: 'tags', label: 'Tags', hint: 'Separated by commas.' },
  { name: 'datelineCity', label: 'Dateline city' },
  { name: 'datelineCountry', label: 'Dateline country' },
];

export function ArticleForm({ defaults, intents }: Props) {
  const [state, action, saving] = useActionState<ArticleFormState, FormData>(saveArticle, { status: 'idle' });
  const values: Record<string, string> = { ...(defaults as unknown as Record<string, string>), ...(state.status === 'error' || state.status === 'conflict' ? state.values : {}) };
  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  const [preview, setPreview] = useState<PreviewValues>(defaults);
  // A refused save hands back the story as it was sent, so nothing typed is lost.
  const initialStory = storyFromValues(state.status === 'error' || state.status === 'conflict' ? state.values?.story : undefined) ?? defaults.story;
  const [story, setStory] = useState(initialStory);
  const formRef = useRef<HTMLFormElement>(null);
  const autosave = useAutosave(formRef, defaults.version);
  const [libraryHero, setLibraryHero] = useState<string | null>(null);
  const libraryHeroChanged = (src: string | null) => {
    setLibraryHero(src);
    // Picked from the library, the hero's words were set in the form: the preview reads it again.
    if (src) {
      setPreview(Object.fromEntries(new FormData(formRef.current!)) as unknown as PreviewValues);
      autosave.changed();
    }
  };
  const focalMoved = (next: FocalPercents) => {
    setPreview((current) => ({ ...current, heroFocalX: String(next.x), heroFocalY: String(next.y) }));
    autosave.changed();
  };

  return (
    <form
      ref={formRef}
      action={action}
      onInput={(e) => {
        setPreview(Object.fromEntries(new FormData(e.currentTarget)) as unknown as PreviewValues);
        autosave.changed();
      }}
      onSubmit={autosave.submitted}
      className="grid gap-8 lg:grid-cols-2"
      aria-describedby="article-form-status"
      aria-busy={saving}
    >
      {/* While a save is on its way the fields hold still: the page that comes back replaces the
          form, and anything typed meanwhile would vanish with it. */}
      <fieldset disabled={saving} className="grid min-w-0 content-start gap-5">
        {defaults.id ? <input type="hidden" name="id" value={defaults.id} /> : null}
        {autosave.version ? <input type="hidden" name="version" value={autosave.version} /> : null}
        <div id="article-form-status" role="alert" aria-live="assertive">
          {state.status === 'error' || state.status === 'conflict' ? (
            <p className={`border-l-4 px-3 py-2 font-semibold ${state.status === 'conflict' ? 'border-accent bg-[#fff4c2]' : 'border-accent-dark bg-wash'}`}>{state.message}</p>
          ) : null}
        </div>
        {textFields.map((f) => (
          <Field key={f.name} id={f.name} label={f.label} hint={f.hint} errors={errors[f.name]}>
            {(describedBy) =>
              f.rows ? (
                <textarea id={f.name} name={f.name} rows={f.rows} defaultValue={values[f.name]} aria-describedby={describedBy} aria-invalid={errors[f.name] ? true : undefined} className={inputClass} />
              ) : (
                <input id={f.name} name={f.name} defaultValue={values[f.name]} aria-describedby={describedBy} aria-invalid={errors[f.name] ? true : undefined} className={inputClass} />
              )
            }
          </Field>
        ))}
        <BylinePicker
          initial={values.bylines ?? ''}
          errors={errors.bylines}
          onChange={(bylines) => {
            setPreview((current) => ({ ...current, bylines }));
            autosave.changed();
          }}
        />
        <div className="grid grid-cols-2 gap-4">
          <Field id="section" label="Section" errors={errors.section}>
            {(describedBy) => (
              <select id="section" name="section" defaultValue={values.section} aria-describedby={describedBy} className={inputClass}>
                {sections.map((s) => (
                  <option key={s.slug} value={s.slug}>
                    {s.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="language" label="Language">
            {() => (
              <select id="language" name="language" defaultValue={values.language} className={inputClass}>
                <option value="en">English</option>
                <option value="id">Bahasa Indonesia</option>
              </select>
            )}
          </Field>
        </div>
        <HeroFields values={values} errors={errors} hero={defaults.hero} onLibraryHero={libraryHeroChanged} onFocalMoved={focalMoved} />
        <StoryEditor initial={initialStory} cardTitles={defaults.cardTitles} errors={errors.story} readOnly={saving} onChange={(next) => {
            setStory(next);
            autosave.changed();
          }}
        />
        {defaults.id ? (
          <p aria-live="polite" className="text-sm text-muted" data-autosave="">
            {saving ? 'Saving…' : autosave.note}
          </p>
        ) : null}
        <noscript>
          {/* Without JavaScript the story is edited as Markdown, and read back into blocks on the server. */}
          <Field id="body" label="Story (Markdown)" errors={errors.story}>
            {(describedBy) => <textarea id="body" name="body" rows={18} defaultValue={values.body ?? storyToMarkdown(initialStory)} aria-describedby={describedBy} className={`${inputClass} font-mono text-sm`} />}
          </Field>
        </noscript>
        <fieldset className="grid gap-3 border border-rule p-4">
          <legend className="px-1 font-semibold">Search and social (optional)</legend>
          <Field id="seoTitle" label="Title for search and sharing" errors={errors.seoTitle}>
            {(d) => <input id="seoTitle" name="seoTitle" defaultValue={values.seoTitle} aria-describedby={d} className={inputClass} />}
          </Field>
          <Field id="seoDescription" label="Description for search and sharing" errors={errors.seoDescription}>
            {(d) => <textarea id="seoDescription" name="seoDescription" rows={2} defaultValue={values.seoDescription} aria-describedby={d} className={inputClass} />}
          </Field>
        </fieldset>
        <WorkflowButtons intents={intents} scheduledAt={values.scheduledAt ?? ''} scheduleError={errors.scheduledAt} />
      </fieldset>
      <LivePreview values={preview} story={story} heroSrc={libraryHero ?? defaults.heroSrc} />
    </form>
  );
}

function storyFromValues(json: string | undefined): Story | null {
  if (!json) return null;
  try {
    return storySchema.parse(JSON.parse(json));
  } catch {
    return null;
  }
}
