'use client';

import { useActionState, useRef, useState } from 'react';
import { Field, inputClass } from '@/components/editor/field';
import { saveArticle } from '@/lib/newsroom/actions';
import type { ArticleFormState, ArticleIntent } from '@/lib/newsroom/schema';
import { sections } from '@/lib/articles/sections';
import { focalPercents } from '@/lib/media/focal';
import type { LibraryPicture } from '@/lib/media/library';
import { maxUploadBytes } from '@/lib/media/upload-limits';
import type { Story } from '@/lib/story/schema';
import { storySchema } from '@/lib/story/schema';
import { storyToMarkdown } from '@/lib/story/to-markdown';
import { BylinePicker } from './byline-picker';
import { FocalPointPicker, type FocalPercents, type Picture } from './focal-point-picker';
import { HeroLibraryPicker } from './hero-library-picker';
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
  // Said at once, beside the field: a file over the limit would otherwise be refused whole by
  // the server (413), form and all.
  const [fileError, setFileError] = useState<string | null>(null);
  // The picture the focal point is set on: a file just chosen (not uploaded yet), or the hero.
  const [chosen, setChosen] = useState<Picture | null>(null);
  const picture = chosen ?? defaults.hero ?? null;
  /** Shows another picture; a file's preview made before it is let go. */
  const showPicture = (next: Picture | null) =>
    setChosen((previous) => {
      if (previous?.src.startsWith('blob:')) URL.revokeObjectURL(previous.src);
      return next;
    });
  const [focal, setFocal] = useState<FocalPercents>(() => focalFromValues(values) ?? defaults.hero?.focal ?? { x: 50, y: 50 });
  const [fromLibrary, setFromLibrary] = useState<string | null>(null);
  const pickHero = (picked: LibraryPicture) => {
    const form = formRef.current!;
    const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
    // The words the library keeps come with the picture, to be changed here if this story needs.
    field('heroAlt').value = picked.alt;
    field('heroCaption').value = picked.caption ?? '';
    field('heroCredit').value = picked.credit ?? '';
    field('heroFile').value = '';
    setFileError(null);
    setFromLibrary(picked.src);
    showPicture({ src: picked.src, width: picked.width, height: picked.height });
    setFocal(focalPercents(picked.focal));
    setPreview(Object.fromEntries(new FormData(form)) as unknown as PreviewValues);
    autosave.changed();
  };
  const moveFocal = (next: FocalPercents) => {
    setFocal(next);
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
        <fieldset className="grid gap-3 border border-rule p-4">
          <legend className="px-1 font-semibold">Hero image</legend>
          <Field id="heroFile" label="Upload a new image (JPEG, PNG or WebP, up to 10 MB)" errors={fileError ? [fileError] : errors.heroFile}>
            {(describedBy) => (
              <input
                id="heroFile"
                name="heroFile"
                type="file"
                accept="image/jpeg,image/png,image/webp"
                aria-describedby={describedBy}
                onChange={(e) => {
                  const file = e.currentTarget.files?.[0];
                  const tooLarge = file !== undefined && file.size > maxUploadBytes;
                  setFileError(tooLarge ? `${file.name} is larger than 10 MB. Export a smaller copy and upload that.` : null);
                  if (tooLarge) e.currentTarget.value = '';
                  setFromLibrary(null);
                  void pictureOf(tooLarge ? undefined : file).then((next) => {
                    showPicture(next);
                    // A new picture starts from its centre; with none, the hero keeps its own point.
                    setFocal(next ? { x: 50, y: 50 } : (defaults.hero?.focal ?? { x: 50, y: 50 }));
                  });
                }}
              />
            )}
          </Field>
          {(['heroAlt', 'heroCaption', 'heroCredit'] as const).map((name) => (
            <Field key={name} id={name} label={{ heroAlt: 'Alt text', heroCaption: 'Caption', heroCredit: 'Credit' }[name]} errors={errors[name]}>
              {(describedBy) => <input id={name} name={name} defaultValue={values[name]} aria-describedby={describedBy} className={inputClass} />}
            </Field>
          ))}
          <HeroLibraryPicker onPick={pickHero} />
          {fromLibrary ? <input type="hidden" name="heroFromLibrary" value={fromLibrary} /> : null}
          {picture ? <FocalPointPicker picture={picture} focal={focal} onChange={moveFocal} /> : null}
        </fieldset>
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
      <LivePreview values={preview} story={story} heroSrc={fromLibrary ?? defaults.heroSrc} />
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

function focalFromValues(values: Record<string, string>): FocalPercents | null {
  const [x, y] = [Number(values.heroFocalX), Number(values.heroFocalY)];
  return values.heroFocalX && values.heroFocalY && Number.isFinite(x) && Number.isFinite(y) ? { x, y } : null;
}

/** A chosen file as a picture the browser can show, with its size; null for no file or not a picture. */
function pictureOf(file: File | undefined): Promise<Picture | null> {
  if (!file) return Promise.resolve(null);
  const src = URL.createObjectURL(file);
  return new Promise((resolve) => {
    const image = new Image();
    image.onload = () => resolve({ src, width: image.naturalWidth, height: image.naturalHeight });
    image.onerror = () => resolve(null);
    image.src = src;
  });
}
