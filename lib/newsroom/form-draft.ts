import { getDb } from '../db/client';
import { centre } from '../media/focal';
import { getLibraryPicture } from '../media/library';
import { storyFromMarkdown } from '../story/from-markdown';
import { keepBlockIds } from '../story/keep-ids';
import { parseStoredStory } from '../story/stored';
import type { ArticleForm, ArticleFormValues } from './schema';
import type { ArticleDraft } from './store';

/** The form's fields as typed, to hand back when a save is refused so nothing is lost. */
export function formValues(formData: FormData): ArticleFormValues {
  const values: ArticleFormValues = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === 'string' && !key.startsWith('$')) values[key] = value;
  }
  return values;
}

/** The validated form as a draft; the hero comes from a new upload, the library, or stays as it was. */
export async function draftFromForm(
  form: ArticleForm,
  upload: { src: string; width: number; height: number } | null,
): Promise<ArticleDraft> {
  const current = form.id
    ? await getDb()
        .selectFrom('articles')
        .select(['hero_src', 'hero_width', 'hero_height', 'hero_focal_x', 'hero_focal_y', 'body'])
        .where('id', '=', form.id)
        .executeTakeFirst()
    : undefined;
  const kept = current?.hero_src
    ? { src: current.hero_src, width: current.hero_width ?? 1600, height: current.hero_height ?? 900, focal: { x: current.hero_focal_x, y: current.hero_focal_y } }
    : null;
  const library = !upload && form.heroFromLibrary ? await getLibraryPicture(form.heroFromLibrary) : null;
  const picture = upload ? { ...upload, focal: centre } : library ? { src: library.src, width: library.width, height: library.height, focal: library.focal } : kept;
  // The point clicked in the form wins; otherwise the hero keeps the one it had.
  const hero =
    picture && form.heroFocalX !== undefined && form.heroFocalY !== undefined
      ? { ...picture, focal: { x: form.heroFocalX / 100, y: form.heroFocalY / 100 } }
      : picture;
  // The Markdown field carries no block ids: each block takes the one it had, where it had one.
  const stored = current ? parseStoredStory(current.body) : undefined;
  // Neither the editor nor the Markdown field carries ids: each block takes the one it had.
  const written = form.story ?? storyFromMarkdown(form.body ?? '', stored);
  const story = stored ? keepBlockIds(stored, written) : written;
  return {
    headline: form.headline,
    dek: form.dek,
    slug: form.slug,
    section: form.section,
    tags: form.tags,
    bylines: form.bylines,
    datelineCity: form.datelineCity,
    datelineCountry: form.datelineCountry,
    language: form.language,
    hero,
    heroAlt: form.heroAlt,
    heroCaption: form.heroCaption,
    heroCredit: form.heroCredit,
    story,
    seoTitle: form.seoTitle,
    seoDescription: form.seoDescription,
  };
}
