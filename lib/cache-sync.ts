import { randomUUID } from 'node:crypto';
import { getDb } from './db/client';

// Several instances each keep their own page cache. When one revalidates tags, it records them
// here; every instance polls (instrumentation.ts → /api/cache/sync) and revalidates the tags
// the others recorded, so readers get fresh pages from any instance within seconds.

// Workers of one server share an id (set by scripts/serve-cluster.mjs): they hear of each
// other's refreshes directly (lib/cache-siblings.ts), so the log is only for other machines.
export const instanceId = process.env.DATELINE_INSTANCE_ID ?? randomUUID();
let lastSeenId: number | null = null;

export async function shareInvalidation(tags: string[]): Promise<void> {
  await getDb()
    .insertInto('cache_invalidations')
    .values({ tags: tags.join(' '), origin: instanceId, created_at: new Date().toISOString() })
    .execute();
  // Instances poll every few seconds, so a day-old record will never be read again.
  await getDb().deleteFrom('cache_invalidations').where('created_at', '<', new Date(Date.now() - 24 * 3600_000).toISOString()).execute();
}

/** Tags other instances revalidated since the last call (none on the first call: we start fresh). */
export async function takeForeignInvalidations(): Promise<string[]> {
  const db = getDb();
  if (lastSeenId === null) {
    const { max } = await db.selectFrom('cache_invalidations').select((eb) => eb.fn.max('id').as('max')).executeTakeFirstOrThrow();
    lastSeenId = Number(max ?? 0);
    return [];
  }
  const rows = await db.selectFrom('cache_invalidations').select(['id', 'tags', 'origin']).where('id', '>', lastSeenId).orderBy('id').execute();
  if (rows.length === 0) return [];
  lastSeenId = rows.at(-1)!.id;
  const tags = rows.filter((r) => r.origin !== instanceId).flatMap((r) => r.tags.split(' '));
  return [...new Set(tags)];
}
