'use server';

import { revalidatePath } from 'next/cache';
import { redirect, RedirectType } from 'next/navigation';
import { z } from 'zod';
import { formatTimeOfDay, zonedLocalToUtc } from '../articles/dates';
import { checkRole } from '../auth/check-role';
import { cacheTags } from '../cache-tags';
import { refreshTags } from '../cache/refresh';
import { getDb } from '../db/client';
import { getSite } from '../site';
import { defaultLayout } from './defaults';
import { applyEdit, editInput, frontEditSchema, type FrontEdit } from './edits';
import { editorFrontPath, frontByKey, frontKeys, type FrontRef } from './keys';
import { readDraft, readLaunched } from './read';
import type { FrontFormState } from './schema';
import * as store from './store';

// The front editor's actions. Editors and admins arrange fronts; contributors only look. Each
// change is saved to the front's draft from the draft version the editor's page was drawn at, so
// a change or launch made from an older copy is refused. A launch refreshes the front's cache tag
// before it returns: from then on every process of every instance serves the new front.

const onlyEditors = 'Only editors and admins arrange fronts.';
const target = z.object({ key: z.enum(frontKeys), version: z.coerce.number().int().min(0) });

function targetOf(formData: FormData) {
  const parsed = target.safeParse({ key: formData.get('key'), version: formData.get('version') });
  return parsed.success
    ? { front: frontByKey(parsed.data.key)!, version: parsed.data.version }
    : null;
}

function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const name = String(issue.path.at(-1) ?? 'form');
    errors[name] = [...(errors[name] ?? []), issue.message];
  }
  return errors;
}

function refused(refusal: store.Refusal, what: string): FrontFormState {
  if (refusal.status === 'missing')
    return { status: 'error', message: 'That launch is not in this front’s history.' };
  const when = refusal.at ? ` at ${formatTimeOfDay(refusal.at, getSite().timeZone)}` : '';
  return {
    status: 'error',
    message: `${refusal.by ?? 'Someone'} changed this front’s draft${when}, after this page was drawn. ${what} Reload to see the draft as it is now.`,
  };
}

function done(front: FrontRef, code: string, at?: string | null): never {
  const path = editorFrontPath(front);
  revalidatePath(path);
  revalidatePath('/editor/fronts');
  redirect(
    `${path}?done=${code}${at ? `&at=${at}#container-${at}` : '#front-status'}`,
    RedirectType.replace,
  );
}

const newId = () =>
  `c${Date.now().toString(36).slice(-4)}${Math.random().toString(36).slice(2, 6)}`;

/** Applies one change to the draft; the outcome, or the draft's container it concerned. */
async function changeDraft(
  formData: FormData,
  allowed?: FrontEdit['op'][],
): Promise<FrontFormState | { front: FrontRef; edit: FrontEdit; containerId: string | null }> {
  const at = targetOf(formData);
  const parsed = frontEditSchema.safeParse(editInput(formData));
  if (!at) return { status: 'error', message: 'Which front? Reload the page.' };
  if (!parsed.success)
    return {
      status: 'error',
      message: 'Some fields need attention.',
      fieldErrors: fieldErrorsOf(parsed.error),
    };
  const edit = parsed.data;
  if (allowed && !allowed.includes(edit.op))
    return { status: 'error', message: 'That change is not made here.' };
  const check = await checkRole('editor');
  if ('denied' in check) return { status: 'error', message: onlyEditors };

  const { front, version } = at;
  if (edit.op === 'pin') {
    const article = await getDb()
      .selectFrom('articles')
      .select(['status', 'published_at'])
      .where('id', '=', edit.articleId)
      .executeTakeFirst();
    if (article?.status !== 'published' || !article.published_at)
      return { status: 'error', message: 'Only a published article can be pinned.' };
  }
  // Applied to the draft the editor saw, and saved only if it still is that version.
  const draft = await readDraft(front.key);
  if (draft.version !== version)
    return refused(await store.draftRefusal(front.key), 'Nothing was changed.');
  const launched =
    edit.op === 'reset' && edit.to === 'launched'
      ? (await readLaunched(front.key)).layout
      : draft.layout;
  const result = applyEdit(draft.layout, edit, {
    launched,
    automatic: defaultLayout(front.key),
    newId,
  });
  if ('error' in result) return { status: 'error', message: result.error };
  const saved = await store.saveDraft(front.key, version, result.layout, check.user.id);
  if (saved.status !== 'ok') return refused(saved, 'Nothing was changed.');
  return { front, edit, containerId: result.containerId };
}

/** One change to a front's draft, from a form that works without JavaScript: back to the editor, at the container it changed. */
export async function editFront(
  _previous: FrontFormState,
  formData: FormData,
): Promise<FrontFormState> {
  const outcome = await changeDraft(formData);
  if ('status' in outcome) return outcome;
  done(outcome.front, outcome.edit.op, outcome.containerId);
}

/** A drag's new order (slots of a container, or the containers): answered in place, the page is not left. */
export async function reorderFront(
  _previous: FrontFormState,
  formData: FormData,
): Promise<FrontFormState> {
  const outcome = await changeDraft(formData, ['reorder-slots', 'reorder-containers']);
  if ('status' in outcome) return outcome;
  revalidatePath(editorFrontPath(outcome.front));
  return { status: 'ok', message: 'New order saved to the draft.' };
}

/** Launches the draft the editor saw: readers everywhere see it when this returns. */
export async function launchFront(
  _previous: FrontFormState,
  formData: FormData,
): Promise<FrontFormState> {
  const at = targetOf(formData);
  if (!at) return { status: 'error', message: 'Which front? Reload the page.' };
  const check = await checkRole('editor');
  if ('denied' in check) return { status: 'error', message: onlyEditors };
  const result = await store.launchDraft(at.front.key, at.version, check.user.id);
  if (result.status !== 'ok') return refused(result, 'Nothing was launched.');
  await refreshTags([cacheTags.front(at.front.key)]);
  done(at.front, 'launch');
}

/** Launches an earlier layout again, at once; it becomes the draft too. */
export async function restoreFront(
  _previous: FrontFormState,
  formData: FormData,
): Promise<FrontFormState> {
  const at = targetOf(formData);
  const launchId = z.coerce.number().int().positive().safeParse(formData.get('launchId'));
  if (!at || !launchId.success)
    return { status: 'error', message: 'Which launch? Reload the page.' };
  const check = await checkRole('editor');
  if ('denied' in check) return { status: 'error', message: onlyEditors };
  const result = await store.restoreLaunch(at.front.key, launchId.data, at.version, check.user.id);
  if (result.status !== 'ok') return refused(result, 'Nothing was restored.');
  await refreshTags([cacheTags.front(at.front.key)]);
  done(at.front, 'restore');
}

const whenSchema = z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/, 'Choose a date and time.');

/** Keeps the draft as it is now to launch at a time (the newsroom's time zone). */
export async function scheduleFront(
  _previous: FrontFormState,
  formData: FormData,
): Promise<FrontFormState> {
  const at = targetOf(formData);
  if (!at) return { status: 'error', message: 'Which front? Reload the page.' };
  const when = whenSchema.safeParse(formData.get('launchAt'));
  const launchAt = when.success ? zonedLocalToUtc(when.data, getSite().timeZone) : null;
  if (!launchAt || Date.parse(launchAt) <= Date.now()) {
    return {
      status: 'error',
      message: 'Choose a launch time in the future.',
      fieldErrors: { launchAt: ['Choose a time in the future.'] },
    };
  }
  const check = await checkRole('editor');
  if ('denied' in check) return { status: 'error', message: onlyEditors };
  const result = await store.scheduleDraft(at.front.key, at.version, launchAt, check.user.id);
  if (result.status !== 'ok') return refused(result, 'Nothing was scheduled.');
  done(at.front, 'schedule');
}

export async function cancelFrontSchedule(
  _previous: FrontFormState,
  formData: FormData,
): Promise<FrontFormState> {
  const at = targetOf(formData);
  const id = z.coerce.number().int().positive().safeParse(formData.get('scheduleId'));
  if (!at || !id.success)
    return { status: 'error', message: 'Which scheduled launch? Reload the page.' };
  const check = await checkRole('editor');
  if ('denied' in check) return { status: 'error', message: onlyEditors };
  if (!(await store.cancelSchedule(at.front.key, id.data)))
    return {
      status: 'error',
      message: 'That launch is no longer waiting: it was launched or cancelled meanwhile.',
    };
  done(at.front, 'cancel');
}
