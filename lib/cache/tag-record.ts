import { sql } from 'kysely';
import { getDb, getDialect, openSqliteConnection } from '../db/client';
import { getEnv } from '../env';
import { ExpiryLedger, type ExpiryWatch } from './expiry-ledger';
import { listenForExpiries } from './postgres-mirror';
import { watchSqliteExpiries } from './sqlite-watch';

// The one record every process and instance agrees on: which cache tags expired, and when. An
// editor's change writes it (durably, before the editor's page returns); every process hears it
// into its own ledger (lib/cache/expiry-ledger.ts, which states the freshness invariant), so a
// hit is checked against memory:
// - SQLite (one machine, any number of processes): a look at the file's data_version, and the
//   rows written since only when it changed (lib/cache/sqlite-watch.ts);
// - PostgreSQL (several instances): LISTEN/NOTIFY with a heartbeat that proves the connection
//   still hears (lib/cache/postgres-mirror.ts).

export const expiryChannel = 'dateline_cache_tags';

/** NOTIFY payloads are limited to 8,000 bytes; long tag lists go out in several. */
const maxPayloadBytes = 7000;

// One hearing per process. Next.js loads this module more than once (its own server bundle, the
// cache handler it imports, our server around it): stamps from one ledger mean nothing to
// another, so every copy of the module shares the one kept on globalThis.
interface Hearing {
  ledger: ExpiryLedger;
  watch: ExpiryWatch & { close(): Promise<void> | void };
  /** This process's id in PostgreSQL notifications. */
  origin: string;
}

const hearingKey = Symbol.for('dateline.cache.hearing');
const processGlobal = globalThis as { [hearingKey]?: Hearing };

function hearing(): Hearing {
  return (processGlobal[hearingKey] ??= startHearing());
}

function startHearing(): Hearing {
  const ledger = new ExpiryLedger();
  if (getDialect() === 'postgres') {
    const mirror = listenForExpiries(ledger, { connectionString: getEnv().DATABASE_URL!, channel: expiryChannel });
    return { ledger, watch: mirror, origin: mirror.origin };
  }
  return { ledger, watch: watchSqliteExpiries(openSqliteConnection(), ledger), origin: '' };
}

/** The stamp for a read about to begin (see the invariant in lib/cache/expiry-ledger.ts). */
export function readStamp(): number {
  const { watch, ledger } = hearing();
  watch.catchUp();
  return ledger.stamp();
}

/** Whether what was read under `stamp` is still fresh for every one of `tags`. */
export function isFresh(tags: readonly string[], stamp: number): boolean {
  const { watch, ledger } = hearing();
  return watch.catchUp() && ledger.isFresh(tags, stamp);
}

/** Records that `tags` expired now; every process hears it, this one before this resolves. */
export async function expireTags(tags: readonly string[], at = Date.now()): Promise<void> {
  const unique = [...new Set(tags)].filter((tag) => tag.length > 0);
  if (unique.length === 0) return;
  const { watch, origin } = hearing();
  // The larger of two values: `max(a, b)` in SQLite, `greatest(a, b)` in PostgreSQL.
  const larger = sql.raw(getDialect() === 'postgres' ? 'greatest' : 'max');
  await getDb()
    .transaction()
    .execute(async (trx) => {
      const { next } = await trx
        .selectFrom('cache_tag_expirations')
        .select((eb) => sql<number>`coalesce(${eb.fn.max('seq')}, 0) + 1`.as('next'))
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('cache_tag_expirations')
        .values(unique.map((tag) => ({ tag, expired_at: at, seq: Number(next) })))
        .onConflict((oc) =>
          oc.column('tag').doUpdateSet((eb) => ({
            expired_at: sql<number>`${larger}(${eb.ref('excluded.expired_at')}, ${eb.ref('cache_tag_expirations.expired_at')})`,
            seq: eb.ref('excluded.seq'),
          })),
        )
        .execute();
      if (getDialect() === 'postgres') {
        for (const payload of notifyPayloads(unique, origin)) {
          await sql`select pg_notify(${expiryChannel}, ${payload})`.execute(trx);
        }
      }
    });
  watch.afterOwnWrite(unique);
}

export function notifyPayloads(tags: readonly string[], from: string): string[] {
  const payloads: string[] = [];
  let batch: string[] = [];
  const encode = (list: string[]) => JSON.stringify({ origin: from, tags: list });
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

/** For tests and tools that end a process's use of the record. */
export async function stopHearing(): Promise<void> {
  const current = processGlobal[hearingKey];
  delete processGlobal[hearingKey];
  await current?.watch.close();
}
