import { sql } from 'kysely';
import { getDb, getDialect } from '../db/client';
import { listenForExpiries, type ExpiryMirror } from './postgres-mirror';

// The one record every process and instance agrees on: when each cache tag last expired. A
// cached page or data read is fresh only if none of its tags expired after it was made, so a
// process that reads this record before serving never serves what an editor took down, and no
// process has to be told anything.
//
// SQLite (one machine, any number of processes): a read is a primary-key lookup in the shared
// file, microseconds. PostgreSQL (several instances): each process keeps a copy of the table,
// loaded once and kept current by LISTEN/NOTIFY, so a read costs no round trip; while that
// connection is down, reads go to the table itself.

export const expiryChannel = 'dateline_cache_tags';

/** NOTIFY payloads are limited to 8,000 bytes; long tag lists go out in several. */
const maxPayloadBytes = 7000;

/** Records that `tags` expired at `at` (default now). Later expiries win over earlier ones. */
export async function expireTags(tags: readonly string[], at = Date.now()): Promise<void> {
  const unique = [...new Set(tags)].filter((tag) => tag.length > 0);
  if (unique.length === 0) return;
  const rows = unique.map((tag) => ({ tag, expired_at: at }));
  // The larger of two values: `max(a, b)` in SQLite, `greatest(a, b)` in PostgreSQL.
  const larger = sql.raw(getDialect() === 'postgres' ? 'greatest' : 'max');
  await getDb()
    .transaction()
    .execute(async (trx) => {
      await trx
        .insertInto('cache_tag_expirations')
        .values(rows)
        .onConflict((oc) =>
          oc.column('tag').doUpdateSet((eb) => ({
            expired_at: sql<number>`${larger}(${eb.ref('excluded.expired_at')}, ${eb.ref('cache_tag_expirations.expired_at')})`,
          })),
        )
        .execute();
      if (getDialect() === 'postgres') {
        for (const payload of notifyPayloads(unique, at)) {
          await sql`select pg_notify(${expiryChannel}, ${payload})`.execute(trx);
        }
      }
    });
  mirror?.apply(unique, at);
}

/** The latest time any of `tags` expired (milliseconds since 1970), or 0 if none ever did. */
export async function lastExpiry(tags: readonly string[]): Promise<number> {
  if (tags.length === 0) return 0;
  if (getDialect() === 'postgres') {
    mirror ??= listenForExpiries(expiryChannel);
    const fromMirror = await mirror.lastExpiry(tags);
    if (fromMirror !== null) return fromMirror;
  }
  const row = await getDb()
    .selectFrom('cache_tag_expirations')
    .select((eb) => eb.fn.max('expired_at').as('latest'))
    .where('tag', 'in', [...tags])
    .executeTakeFirst();
  return Number(row?.latest ?? 0);
}

let mirror: ExpiryMirror | undefined;

export function notifyPayloads(tags: readonly string[], at: number): string[] {
  const payloads: string[] = [];
  let batch: string[] = [];
  const encode = (list: string[]) => JSON.stringify({ at, tags: list });
  for (const tag of tags) {
    if (batch.length > 0 && Buffer.byteLength(encode([...batch, tag])) > maxPayloadBytes) {
      payloads.push(encode(batch));
      batch = [];
    }
    batch.push(tag);
  }
  if (batch.length > 0) payloads.push(encode(batch));
  return payloads;
}
