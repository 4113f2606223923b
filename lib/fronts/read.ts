import { getDb } from '../db/client';
import { defaultLayout } from './defaults';
import { frontLayoutSchema, parseLayout, type FrontLayout } from './schema';

// Uncached reads of fronts' layouts: what readers see, the draft, the launches kept and the
// layouts waiting for their time. lib/fronts/queries.ts caches what reader pages need.

export interface LaunchedFront {
  layout: FrontLayout;
  /** 0: never launched, the automatic layout. */
  version: number;
  launchedAt: string | null;
  launchedBy: string | null;
}

export interface FrontDraft {
  layout: FrontLayout;
  /** 0: nobody changed anything yet; the draft is what readers see. */
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

/** The same layout always gives the same text: drafts and launches compare by it. */
export const layoutJson = (layout: FrontLayout) => JSON.stringify(frontLayoutSchema.parse(layout));

export async function readLaunched(key: string): Promise<LaunchedFront> {
  const row = await getDb()
    .selectFrom('fronts as f')
    .leftJoin('users as u', 'u.id', 'f.launched_by')
    .select(['f.layout', 'f.version', 'f.launched_at', 'u.name'])
    .where('f.key', '=', key)
    .executeTakeFirst();
  if (!row) return { layout: defaultLayout(key), version: 0, launchedAt: null, launchedBy: null };
  return {
    layout: parseLayout(row.layout),
    version: row.version,
    launchedAt: row.launched_at,
    launchedBy: row.name,
  };
}

export async function readDraft(key: string): Promise<FrontDraft> {
  const row = await getDb()
    .selectFrom('front_drafts as d')
    .leftJoin('users as u', 'u.id', 'd.updated_by')
    .select(['d.layout', 'd.version', 'd.updated_at', 'u.name'])
    .where('d.key', '=', key)
    .executeTakeFirst();
  if (!row)
    return {
      layout: (await readLaunched(key)).layout,
      version: 0,
      updatedAt: null,
      updatedBy: null,
    };
  return {
    layout: parseLayout(row.layout),
    version: row.version,
    updatedAt: row.updated_at,
    updatedBy: row.name,
  };
}

export interface LaunchRecord {
  id: number;
  version: number;
  launchedAt: string;
  launchedBy: string | null;
  kind: 'launch' | 'scheduled' | 'restore';
  detail: string;
  layout: FrontLayout;
}

/** Every launch of a front, newest first. */
export async function readLaunches(key: string, limit = 50): Promise<LaunchRecord[]> {
  const rows = await getDb()
    .selectFrom('front_launches as l')
    .leftJoin('users as u', 'u.id', 'l.launched_by')
    .select(['l.id', 'l.version', 'l.launched_at', 'l.kind', 'l.detail', 'l.layout', 'u.name'])
    .where('l.front_key', '=', key)
    .orderBy('l.version', 'desc')
    .orderBy('l.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    launchedAt: r.launched_at,
    launchedBy: r.name,
    kind: r.kind,
    detail: r.detail,
    layout: parseLayout(r.layout),
  }));
}

export interface ScheduledLaunch {
  id: number;
  frontKey: string;
  launchAt: string;
  draftVersion: number;
  createdBy: string | null;
}

/** Layouts waiting for their time, soonest first: of one front, or of all. */
export async function readPendingSchedules(key?: string): Promise<ScheduledLaunch[]> {
  let query = getDb()
    .selectFrom('front_schedules as s')
    .leftJoin('users as u', 'u.id', 's.created_by')
    .select(['s.id', 's.front_key', 's.launch_at', 's.draft_version', 'u.name'])
    .where('s.status', '=', 'pending');
  if (key) query = query.where('s.front_key', '=', key);
  const rows = await query.orderBy('s.launch_at').orderBy('s.id').execute();
  return rows.map((r) => ({
    id: r.id,
    frontKey: r.front_key,
    launchAt: r.launch_at,
    draftVersion: r.draft_version,
    createdBy: r.name,
  }));
}
