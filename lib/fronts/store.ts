import type { Transaction } from 'kysely';
import { getDb } from '../db/client';
import type { Database } from '../db/schema';
import { defaultLayout } from './defaults';
import { layoutJson } from './read';
import type { FrontLayout } from './schema';

// Fronts' writes. Callers authorize first (lib/fronts/actions.ts) and refresh the front's cache
// tag after a launch. Every change to a draft names the draft version it was made from: a change or
// a launch from an older copy is refused, never applied over someone else's.

type Trx = Transaction<Database>;

export type Refusal =
  { status: 'conflict'; by: string | null; at: string | null } | { status: 'missing' };
export type DraftSaved = { status: 'ok'; draftVersion: number };
export type Launched = { status: 'ok'; version: number; draftVersion: number };

/** Who saved the draft last, and when: what a refused change tells the editor. */
export async function draftRefusal(key: string): Promise<Refusal> {
  const row = await getDb()
    .selectFrom('front_drafts as d')
    .leftJoin('users as u', 'u.id', 'd.updated_by')
    .select(['d.updated_at', 'u.name'])
    .where('d.key', '=', key)
    .executeTakeFirst();
  return { status: 'conflict', by: row?.name ?? null, at: row?.updated_at ?? null };
}

/** The draft as stored, or (never saved) the launched layout, at version 0. */
async function currentDraft(trx: Trx, key: string): Promise<{ layout: string; version: number }> {
  const draft = await trx
    .selectFrom('front_drafts')
    .select(['layout', 'version'])
    .where('key', '=', key)
    .executeTakeFirst();
  if (draft) return draft;
  const launched = await trx
    .selectFrom('fronts')
    .select('layout')
    .where('key', '=', key)
    .executeTakeFirst();
  return { layout: launched?.layout ?? layoutJson(defaultLayout(key)), version: 0 };
}

async function writeDraft(
  trx: Trx,
  key: string,
  expectedVersion: number,
  layout: string,
  userId: number | null,
): Promise<boolean> {
  const updated_at = new Date().toISOString();
  if (expectedVersion === 0) {
    const result = await trx
      .insertInto('front_drafts')
      .values({ key, layout, version: 1, updated_at, updated_by: userId })
      .onConflict((oc) => oc.column('key').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  }
  const result = await trx
    .updateTable('front_drafts')
    .set({ layout, version: expectedVersion + 1, updated_at, updated_by: userId })
    .where('key', '=', key)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Puts `layout` live (the front's version grows by one) and keeps it in the history. */
async function writeLaunch(
  trx: Trx,
  key: string,
  layout: string,
  userId: number | null,
  kind: 'launch' | 'scheduled' | 'restore',
  detail: string,
): Promise<number> {
  const now = new Date().toISOString();
  const { version } = await trx
    .insertInto('fronts')
    .values({ key, layout, version: 1, launched_at: now, launched_by: userId })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => ({
        layout: eb.ref('excluded.layout'),
        version: eb('fronts.version', '+', 1),
        launched_at: eb.ref('excluded.launched_at'),
        launched_by: eb.ref('excluded.launched_by'),
      })),
    )
    .returning('version')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('front_launches')
    .values({
      front_key: key,
      layout,
      version,
      launched_at: now,
      launched_by: userId,
      kind,
      detail,
    })
    .execute();
  return version;
}

/** Saves the draft changed from version `expectedVersion`; refused if someone saved it since. */
export async function saveDraft(
  key: string,
  expectedVersion: number,
  layout: FrontLayout,
  userId: number,
): Promise<DraftSaved | Refusal> {
  const saved = await getDb()
    .transaction()
    .execute((trx) => writeDraft(trx, key, expectedVersion, layoutJson(layout), userId));
  return saved ? { status: 'ok', draftVersion: expectedVersion + 1 } : draftRefusal(key);
}

/** Launches the draft as it was at `expectedVersion`: a launch from an older copy is refused. */
export async function launchDraft(
  key: string,
  expectedVersion: number,
  userId: number,
): Promise<Launched | Refusal> {
  const launched = await getDb()
    .transaction()
    .execute(async (trx) => {
      const draft = await currentDraft(trx, key);
      if (draft.version !== expectedVersion) return null;
      return writeLaunch(
        trx,
        key,
        draft.layout,
        userId,
        'launch',
        `draft version ${draft.version}`,
      );
    });
  return launched === null
    ? draftRefusal(key)
    : { status: 'ok', version: launched, draftVersion: expectedVersion };
}

/**
 * Launches an earlier layout again at once, and makes it the draft (replacing the draft the editor
 * saw at `expectedVersion`): one step back from a bad launch, itself kept in the history.
 */
export async function restoreLaunch(
  key: string,
  launchId: number,
  expectedVersion: number,
  userId: number,
): Promise<Launched | Refusal> {
  const result = await getDb()
    .transaction()
    .execute(async (trx) => {
      const earlier = await trx
        .selectFrom('front_launches')
        .select(['layout', 'version'])
        .where('id', '=', launchId)
        .where('front_key', '=', key)
        .executeTakeFirst();
      if (!earlier) return 'missing' as const;
      if (!(await writeDraft(trx, key, expectedVersion, earlier.layout, userId)))
        return 'conflict' as const;
      return writeLaunch(trx, key, earlier.layout, userId, 'restore', `version ${earlier.version}`);
    });
  if (result === 'missing') return { status: 'missing' };
  if (result === 'conflict') return draftRefusal(key);
  return { status: 'ok', version: result, draftVersion: expectedVersion + 1 };
}

/** Keeps the draft as it is at `expectedVersion` to launch at `launchAt`; later edits to the draft do not change it. */
export async function scheduleDraft(
  key: string,
  expectedVersion: number,
  launchAt: string,
  userId: number,
): Promise<{ status: 'ok'; id: number } | Refusal> {
  const id = await getDb()
    .transaction()
    .execute(async (trx) => {
      const draft = await currentDraft(trx, key);
      if (draft.version !== expectedVersion) return null;
      const row = await trx
        .insertInto('front_schedules')
        .values({
          front_key: key,
          layout: draft.layout,
          draft_version: draft.version,
          launch_at: launchAt,
          status: 'pending',
          created_at: new Date().toISOString(),
          created_by: userId,
          done_at: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    });
  return id === null ? draftRefusal(key) : { status: 'ok', id };
}

export async function cancelSchedule(key: string, id: number): Promise<boolean> {
  const result = await getDb()
    .updateTable('front_schedules')
    .set({ status: 'cancelled', done_at: new Date().toISOString() })
    .where('id', '=', id)
    .where('front_key', '=', key)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Launches every scheduled layout whose time has come, soonest first. Each is claimed in the same
 * transaction that launches it, so with several processes and instances each launches once.
 */
export async function launchDueSchedules(
  now = new Date(),
): Promise<{ key: string; version: number }[]> {
  const due = await getDb()
    .selectFrom('front_schedules')
    .select(['id', 'front_key'])
    .where('status', '=', 'pending')
    .where('launch_at', '<=', now.toISOString())
    .orderBy('launch_at')
    .orderBy('id')
    .execute();
  const launched: { key: string; version: number }[] = [];
  for (const { id, front_key: key } of due) {
    const version = await getDb()
      .transaction()
      .execute(async (trx) => {
        const claimed = await trx
          .updateTable('front_schedules')
          .set({ status: 'launched', done_at: now.toISOString() })
          .where('id', '=', id)
          .where('status', '=', 'pending')
          .returning(['layout', 'created_by', 'launch_at'])
          .executeTakeFirst();
        if (!claimed) return null;
        return writeLaunch(
          trx,
          key,
          claimed.layout,
          claimed.created_by,
          'scheduled',
          `scheduled for ${claimed.launch_at}`,
        );
      });
    if (version !== null) launched.push({ key, version });
  }
  return launched;
}
