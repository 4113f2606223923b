'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requireRole } from '../auth/current-user';
import { getDb } from '../db/client';
import { storeHeroUpload } from '../media/hero-upload';
import { addToLibrary } from '../media/library';
import { getSite } from '../site';
import { zonedLocalToUtc } from '../articles/dates';
import { searchArticles } from '../articles/queries';
import { articleFormSchema, type ArticleFormState } from './schema';
import * as store from './store';
import { draftFromForm, formValues } from './form-draft';
import { refreshArticlePages } from './refresh';
import { canEdit, canTake, type ArticleAction } from './workflow';

// Every account is at least a contributor, so requireRole('contributor') only sends the signed-out
// to sign in; what each may do to an article is the workflow's call (workflow.ts).
const notAllowed = 'You do not have permission to do that with this article.';
const denied = (values?: Record<string, string>): ArticleFormState => ({ status: 'error', message: notAllowed, values });

async function articleState(id: number) {
  return getDb().selectFrom('articles').select(['status', 'created_by as createdBy', 'version']).where('id', '=', id).executeTakeFirst();
}

/** Saves the article form, then applies the button's intent: submit, publish, schedule or unpublish. */
export async function saveArticle(_previous: ArticleFormState, formData: FormData): Promise<ArticleFormState> {
  const values = formValues(formData);
  const parsed = articleFormSchema.safeParse(Object.fromEntries(Object.entries(values)));
  if (!parsed.success) {
    return { status: 'error', message: 'Some fields need attention.', fieldErrors: z.flattenError(parsed.error).fieldErrors, values };
  }
  const form = parsed.data;
  const user = await requireRole('contributor');
  const existing = form.id ? await articleState(form.id) : null;
  if (form.id && !existing) return { status: 'error', message: 'This article no longer exists.', values };
  const status = existing?.status ?? 'draft';
  if (existing && !canEdit(user, existing)) return denied(values);
  const action: ArticleAction = form.intent;
  if (!canTake(action, user.role, status)) return denied(values);

  let scheduledAt: string | null = null;
  if (form.intent === 'schedule') {
    scheduledAt = form.scheduledAt ? zonedLocalToUtc(form.scheduledAt, getSite().timeZone) : null;
    if (!scheduledAt || Date.parse(scheduledAt) <= Date.now()) {
      return { status: 'error', message: 'Choose a publication time in the future.', fieldErrors: { scheduledAt: ['Choose a time in the future.'] }, values };
    }
  }

  const file = formData.get('heroFile');
  const upload = file instanceof File && file.size > 0 ? await storeHeroUpload(file) : null;
  if (upload && !upload.ok) return { status: 'error', message: upload.message, fieldErrors: { heroFile: [upload.message] }, values };
  const draft = await draftFromForm(form, upload?.ok ? upload.hero : null);
  // A new hero goes into the media library too, with its words, for use in other stories.
  if (upload?.ok && form.heroAlt) await addToLibrary({ ...upload.hero, alt: form.heroAlt, caption: form.heroCaption, credit: form.heroCredit }, user.id);

  let id = form.id;
  const before = id ? await store.getFootprint(id) : null;
  if (id) {
    const result = await store.updateArticle(id, form.version ?? 0, draft, user.id);
    if (result.status === 'conflict') {
      const when = new Date(result.at).toLocaleString('en-GB', { timeZone: getSite().timeZone, dateStyle: 'medium', timeStyle: 'short' });
      return {
        status: 'conflict',
        message: `${result.by ?? 'Someone'} saved this article at ${when}, after you opened it. Your version was not saved and is still in the form: copy what you need, reload to see their changes, then apply yours.`,
        values,
      };
    }
  } else {
    id = await store.createArticle(draft, user.id);
  }

  if (form.intent === 'submit') await store.setStatus(id, 'in_review', user.id);
  if (form.intent === 'publish') await store.setStatus(id, 'published', user.id, { publishedAt: new Date().toISOString(), scheduledAt: null });
  if (form.intent === 'schedule') await store.setStatus(id, 'scheduled', user.id, { scheduledAt });
  if (form.intent === 'unpublish') await store.setStatus(id, 'unpublished', user.id);
  if (form.intent !== 'save') await store.recordEvent(id, form.intent, scheduledAt ?? '', user.id);

  // Only public pages need refreshing: a draft's edits show nowhere until it is published.
  const after = await store.getFootprint(id);
  if (before?.path || after?.path) await refreshArticlePages(id, user.id, before, after);
  redirect(`/editor/articles/${id}?done=${form.intent}`);
}

export type AutosaveResult = { status: 'saved'; version: number; at: string } | { status: 'skipped' | 'refused'; message: string };

/**
 * Saves a draft while the editor types, without leaving the page. Only articles readers cannot
 * see yet: a published article changes for readers when its editor says so, not mid-sentence.
 */
export async function autosaveArticle(formData: FormData): Promise<AutosaveResult> {
  const parsed = articleFormSchema.safeParse(formValues(formData));
  if (!parsed.success) return { status: 'skipped', message: 'Not saved yet: some fields need attention.' };
  const form = parsed.data;
  const user = await requireRole('contributor');
  const existing = form.id ? await articleState(form.id) : null;
  if (!form.id || !existing) return { status: 'skipped', message: 'Save the draft once to have it saved as you type.' };
  if (existing.status === 'published') return { status: 'skipped', message: 'Published: changes are saved when you save them.' };
  if (!canEdit(user, existing) || !canTake('save', user.role, existing.status)) return { status: 'refused', message: notAllowed };
  const result = await store.updateArticle(form.id, form.version ?? 0, await draftFromForm(form, null), user.id);
  if (result.status === 'conflict') {
    return { status: 'refused', message: `${result.by ?? 'Someone'} saved this article after you opened it. Nothing was saved automatically; reload to see their version.` };
  }
  return { status: 'saved', version: result.version, at: new Date().toISOString() };
}

const correctionSchema = z.object({
  articleId: z.coerce.number().int().positive(),
  kind: z.enum(['correction', 'clarification']),
  text: z.string().trim().min(10, 'Write at least 10 characters.').max(1000),
});

export async function addCorrection(_previous: ArticleFormState, formData: FormData): Promise<ArticleFormState> {
  const parsed = correctionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: 'error', message: 'Check the correction.', fieldErrors: z.flattenError(parsed.error).fieldErrors, values: formValues(formData) };
  const user = await requireRole('contributor');
  const existing = await articleState(parsed.data.articleId);
  if (!existing || !canTake('correct', user.role, existing.status)) return denied(formValues(formData));
  await store.addCorrection(parsed.data.articleId, parsed.data.kind, parsed.data.text, user.id);
  const footprint = await store.getFootprint(parsed.data.articleId);
  await refreshArticlePages(parsed.data.articleId, user.id, footprint);
  await store.recordEvent(parsed.data.articleId, parsed.data.kind, parsed.data.text, user.id);
  redirect(`/editor/articles/${parsed.data.articleId}?done=correction`);
}

const restoreSchema = z.object({ revisionId: z.coerce.number().int().positive(), version: z.coerce.number().int().positive() });

/** Restoring saves the old revision as a new one, so the restore itself can be undone. */
export async function restoreRevision(_previous: ArticleFormState, formData: FormData): Promise<ArticleFormState> {
  const parsed = restoreSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: 'error', message: 'That revision could not be read.' };
  const user = await requireRole('contributor');
  const revision = await getDb().selectFrom('article_revisions').select(['article_id', 'snapshot', 'version']).where('id', '=', parsed.data.revisionId).executeTakeFirst();
  if (!revision) return { status: 'error', message: 'That revision no longer exists.' };
  const existing = await articleState(revision.article_id);
  if (!existing || !canEdit(user, existing) || !canTake('restore', user.role, existing.status)) return denied();
  const before = await store.getFootprint(revision.article_id);
  const result = await store.updateArticle(revision.article_id, parsed.data.version, JSON.parse(revision.snapshot), user.id);
  if (result.status === 'conflict') return { status: 'conflict', message: `${result.by ?? 'Someone'} saved this article since you opened it. Reload, then restore again.` };
  await store.recordEvent(revision.article_id, 'restored', `version ${revision.version}`, user.id);
  const after = await store.getFootprint(revision.article_id);
  if (before?.path || after?.path) await refreshArticlePages(revision.article_id, user.id, before, after);
  redirect(`/editor/articles/${revision.article_id}?done=restore`);
}

export interface CardCandidate {
  id: number;
  headline: string;
  path: string;
}

const cardQuerySchema = z.string().trim().min(2).max(100);

/** Published articles matching the words typed in the "Read also" picker. Newsroom only. */
export async function findArticlesForCard(query: string): Promise<CardCandidate[]> {
  await requireRole('contributor');
  const parsed = cardQuerySchema.safeParse(query);
  if (!parsed.success) return [];
  const { items } = await searchArticles(parsed.data, 1);
  return items.slice(0, 8).map(({ id, headline, path }) => ({ id, headline, path }));
}
