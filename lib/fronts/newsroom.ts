import 'server-only';
import { searchArticles } from '../articles/queries';
import { readNewestSummaries } from '../articles/queries/selections';
import type { ArticleSummary } from '../articles/schema';
import { requireRole } from '../auth/current-user';
import { hasRole } from '../auth/roles';
import { getDb } from '../db/client';
import { fronts, type FrontRef } from './keys';
import { layoutJson, readDraft, readLaunched, readLaunches, readPendingSchedules } from './read';
import { resolveFront } from './resolve';

// What the newsroom's front editor shows: the draft with what every slot shows now, what readers
// see, the launches kept and the layouts waiting for their time. Uncached: the newsroom sees the
// database as it is. Contributors may look; only editors and admins arrange (actions.ts).

export interface PinnedArticle {
  id: number;
  headline: string;
  status: string;
}

export async function getFrontDesk(front: FrontRef) {
  const user = await requireRole('contributor');
  const [launched, draft, launches, schedules] = await Promise.all([
    readLaunched(front.key),
    readDraft(front.key),
    readLaunches(front.key),
    readPendingSchedules(front.key),
  ]);
  const resolved = await resolveFront(draft.layout);
  const pinnedIds = draft.layout.containers.flatMap((c) =>
    c.slots.flatMap((s) => (s.articleId ? [s.articleId] : [])),
  );
  const pinned = pinnedIds.length
    ? await getDb()
        .selectFrom('articles')
        .select(['id', 'headline', 'status'])
        .where('id', 'in', [...new Set(pinnedIds)])
        .execute()
    : [];
  return {
    front,
    canArrange: hasRole(user.role, 'editor'),
    launched,
    draft,
    resolved,
    hasUnlaunchedChanges: layoutJson(draft.layout) !== layoutJson(launched.layout),
    pinned: new Map<number, PinnedArticle>(pinned.map((p) => [p.id, p])),
    launches: launches.map(({ layout, ...launch }) => ({
      ...launch,
      containers: layout.containers.length,
      pins: layout.containers.reduce((n, c) => n + c.slots.filter((s) => s.articleId).length, 0),
      isLive: launch.version === launched.version,
    })),
    schedules,
  };
}

export type FrontDesk = Awaited<ReturnType<typeof getFrontDesk>>;

/** The draft as readers would see it, for the preview. */
export async function getFrontPreview(front: FrontRef) {
  const user = await requireRole('contributor');
  const draft = await readDraft(front.key);
  return {
    draft,
    resolved: await resolveFront(draft.layout),
    canArrange: hasRole(user.role, 'editor'),
  };
}

/** Published articles an editor may pin: matching the words typed, or the newest. */
export async function listPinCandidates(query: string): Promise<ArticleSummary[]> {
  await requireRole('editor');
  const words = query.trim().slice(0, 100);
  if (words.length >= 2) return (await searchArticles(words, 1)).items.slice(0, 10);
  return readNewestSummaries({}, [], 10);
}

/** Every front: what readers see, whether the draft differs, and the next scheduled launch. */
export async function listFrontsForDesk() {
  const user = await requireRole('contributor');
  const schedules = await readPendingSchedules();
  const rows = await Promise.all(
    fronts.map(async (front) => {
      const [launched, draft] = await Promise.all([readLaunched(front.key), readDraft(front.key)]);
      return {
        front,
        launched: { version: launched.version, at: launched.launchedAt, by: launched.launchedBy },
        hasUnlaunchedChanges: layoutJson(draft.layout) !== layoutJson(launched.layout),
        pins: launched.layout.containers.reduce(
          (n, c) => n + c.slots.filter((s) => s.articleId).length,
          0,
        ),
        nextLaunch: schedules.find((s) => s.frontKey === front.key) ?? null,
      };
    }),
  );
  return { canArrange: hasRole(user.role, 'editor'), fronts: rows };
}
