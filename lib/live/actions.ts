'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { checkRole } from '../auth/check-role';
import { hasRole } from '../auth/roles';
import { getDb } from '../db/client';
import { addToLibrary, getLibraryPicture } from '../media/library';
import { storeHeroUpload } from '../media/hero-upload';
import { getFootprint } from '../newsroom/store';
import { refreshArticlePages } from '../newsroom/refresh';
import { imageBlock } from '../story/image-block';
import { parseStoredStory } from '../story/stored';
import { storyFromComposer } from './composer-story';
import { refreshCoverage } from './refresh';
import { liveUpdateFormSchema, type LiveFormState } from './schema';
import * as store from './store';

// The live composer's actions. Contributors draft updates; editors post, change and delete them
// (the same roles as for articles). Every change refreshes the coverage's tag, so its page, its
// poll answer and its feed are new everywhere before the editor's page returns.

const notLive = 'This article is not running as live coverage.';

function valuesOf(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of ['articleId', 'updateId', 'version', 'headline', 'text', 'keyEvent', 'pinned', 'intent', 'pictureAlt']) {
    const value = formData.get(name);
    if (typeof value === 'string') values[name] = value;
  }
  return values;
}

async function isRunning(articleId: number): Promise<boolean> {
  const article = await getDb().selectFrom('articles').select(['live_started_at', 'live_ended_at']).where('id', '=', articleId).executeTakeFirst();
  return Boolean(article?.live_started_at && !article.live_ended_at);
}

/** A picture for the update: uploaded from a phone (with its alt text), or picked from the library. */
async function pictureFrom(formData: FormData, userId: number) {
  const alt = String(formData.get('pictureAlt') ?? '').trim();
  const file = formData.get('picture');
  if (file instanceof File && file.size > 0) {
    if (!alt) return { error: 'Describe the picture for readers who cannot see it (alt text).' } as const;
    const upload = await storeHeroUpload(file);
    if (!upload.ok) return { error: upload.message } as const;
    const image = { ...upload.hero, alt: alt.slice(0, 300), caption: null, credit: null };
    await addToLibrary(image, userId);
    return { block: imageBlock(image) } as const;
  }
  const src = String(formData.get('librarySrc') ?? '');
  if (!src) return {} as const;
  const picked = await getLibraryPicture(src);
  if (!picked?.alt.trim()) return { error: 'That picture has no alt text in the library yet.' } as const;
  return { block: imageBlock(picked) } as const;
}

async function picturesOf(updateId: number) {
  const row = await getDb().selectFrom('live_updates').select('body').where('id', '=', updateId).executeTakeFirst();
  return row ? parseStoredStory(row.body).blocks.filter((block) => block.type === 'image') : [];
}

async function refreshDesk(articleId: number): Promise<void> {
  await refreshCoverage(articleId);
  // The desk the editor is on shows the change when the action returns.
  revalidatePath(`/editor/articles/${articleId}/live`);
}

/** Posts a new update (or keeps it as a draft), or saves changes to one. */
export async function saveLiveUpdate(_previous: LiveFormState, formData: FormData): Promise<LiveFormState> {
  const values = valuesOf(formData);
  const parsed = liveUpdateFormSchema.safeParse({ ...values, bylines: formData.getAll('bylines') });
  if (!parsed.success) return { status: 'error', message: 'Some fields need attention.', fieldErrors: z.flattenError(parsed.error).fieldErrors, values };
  const form = parsed.data;
  const check = await checkRole(form.intent === 'post' ? 'editor' : 'contributor');
  if ('denied' in check) return { status: 'error', message: form.intent === 'post' ? 'Only editors post updates; save it as a draft for an editor.' : check.denied, values };
  const { user } = check;
  if (!(await isRunning(form.articleId))) return { status: 'error', message: notLive, values };

  const picture = await pictureFrom(formData, user.id);
  if ('error' in picture && picture.error) return { status: 'error', message: picture.error, values };
  // A change keeps the update's pictures unless the editor let them go.
  const kept = form.updateId && formData.get('keepPictures') === 'on' ? await picturesOf(form.updateId) : [];
  const draft = {
    headline: form.headline ?? null,
    story: storyFromComposer(form.text, [...kept, ...('block' in picture && picture.block ? [picture.block] : [])]),
    keyEvent: form.keyEvent,
    pinned: form.pinned,
    bylines: form.bylines,
  };

  if (form.updateId) {
    const current = await getDb().selectFrom('live_updates').select(['article_id', 'status', 'created_by']).where('id', '=', form.updateId).executeTakeFirst();
    if (!current || current.article_id !== form.articleId) return { status: 'error', message: 'This update no longer exists.', values };
    const mayChange = hasRole(user.role, 'editor') || (current.status === 'draft' && current.created_by === user.id);
    if (!mayChange) return { status: 'error', message: 'You do not have permission to change this update.', values };
    const result = await store.editUpdate(form.updateId, form.version ?? 0, draft, { post: form.intent === 'post' }, user.id);
    if (result.status === 'conflict') return { status: 'error', message: 'Someone changed this update since you opened it. Reload to see their change, then make yours.', values };
    if (result.status === 'missing') return { status: 'error', message: 'This update no longer exists.', values };
  } else {
    await store.createUpdate(form.articleId, draft, form.intent === 'post' ? 'published' : 'draft', user.id);
  }
  await refreshDesk(form.articleId);
  return { status: 'ok', message: form.intent === 'post' ? 'Posted.' : 'Draft saved.' };
}

const idSchema = z.coerce.number().int().positive();

/** Deletes an update: gone from the page, the poll, the feed and every cache before this returns. */
export async function deleteLiveUpdate(_previous: LiveFormState, formData: FormData): Promise<LiveFormState> {
  const id = idSchema.safeParse(formData.get('updateId'));
  if (!id.success) return { status: 'error', message: 'Which update?' };
  const check = await checkRole('contributor');
  if ('denied' in check) return { status: 'error', message: check.denied };
  const current = await getDb().selectFrom('live_updates').select(['article_id', 'status', 'created_by']).where('id', '=', id.data).executeTakeFirst();
  if (!current) return { status: 'ok', message: 'Deleted.' };
  const mayDelete = hasRole(check.user.role, 'editor') || (current.status === 'draft' && current.created_by === check.user.id);
  if (!mayDelete) return { status: 'error', message: 'Only editors delete posted updates.' };
  await store.deleteUpdate(id.data, check.user.id);
  await refreshDesk(current.article_id);
  return { status: 'ok', message: 'Deleted.' };
}

/** Starts or ends an article's live coverage; the front page and section mark it while it runs. */
export async function setLiveCoverage(_previous: LiveFormState, formData: FormData): Promise<LiveFormState> {
  const id = idSchema.safeParse(formData.get('articleId'));
  const live = formData.get('live') === 'start';
  if (!id.success) return { status: 'error', message: 'Which article?' };
  const check = await checkRole('editor');
  if ('denied' in check) return { status: 'error', message: check.denied };
  const before = await getFootprint(id.data);
  if (!before) return { status: 'error', message: 'This article no longer exists.' };
  await store.setLive(id.data, live, check.user.id);
  await refreshArticlePages(id.data, check.user.id, before);
  await refreshDesk(id.data);
  return { status: 'ok', message: live ? 'Live coverage started.' : 'Live coverage ended.' };
}
