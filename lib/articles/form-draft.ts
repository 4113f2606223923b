import { getDb } from '../db/client';
import type { ArticleForm, ArticleFormValues } from './editor-schema';
import type { ArticleDraft } from './editor-store';

/** The form's fields as typed, to hand back when a save is refused so nothing is lost. */
export function formValues(formData: FormData): ArticleFormValues {
  const values: ArticleFormValues = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === 'string' && !key.startsWith('$')) values[key] = value;
  }
  return values;
}

/** The validated form as a draft; the hero comes from a new upload or stays as it was. */
export async function draftFromForm(
  form: ArticleForm,
  upload: { src: string; width: number; height: number } | null,
): Promise<ArticleDraft> {
  let hero = upload;
  if (!hero && form.id) {
    const current = await getDb().selectFrom('articles').select(['hero_src', 'hero_width', 'hero_height']).where('id', '=', form.id).executeTakeFirst();
    if (current?.hero_src) hero = { src: current.hero_src, width: current.hero_width ?? 1600, height: current.hero_height ?? 900 };
  }
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
    body: form.body,
    seoTitle: form.seoTitle,
    seoDescription: form.seoDescription,
  };
}
