import type BetterSqlite3 from 'better-sqlite3';
import type { ExpiryLedger, ExpiryWatch } from './expiry-ledger';

// How a process on the SQLite file hears the expiries other processes write. `PRAGMA
// data_version` changes whenever another connection commits anything; it touches no table, but
// each read is a read transaction on the file (about 20 µs, a third of a front-cache hit under
// load). So it is read at most once a millisecond: a process answering thousands of hits a
// second shares one look among those of the same millisecond, and hears another process's
// expiry within a millisecond of its commit (its own, at once: afterOwnWrite). Only when the
// version changed are the rows written since the last look read, by their order (`seq`).

/** How long one look at data_version answers for. */
export const lookEveryMs = 1;

/** Watches through `database`, a connection of its own that it closes when told. */
export function watchSqliteExpiries(database: BetterSqlite3.Database, ledger: ExpiryLedger): ExpiryWatch & { close(): void } {
  const dataVersion = database.prepare('pragma data_version').pluck();
  const writtenSince = database.prepare<[number], { tag: string; seq: number }>(
    'select tag, seq from cache_tag_expirations where seq > ? order by seq',
  );
  let lastSeq = Number(database.prepare('select coalesce(max(seq), 0) from cache_tag_expirations').pluck().get());
  let lastVersion = dataVersion.get();

  function readNewRows() {
    const rows = writtenSince.all(lastSeq);
    // One write is one expiry: its tags share a seq.
    const writes = new Map<number, string[]>();
    for (const row of rows) {
      const tags = writes.get(row.seq);
      if (tags) tags.push(row.tag);
      else writes.set(row.seq, [row.tag]);
    }
    for (const tags of writes.values()) ledger.hear(tags);
    if (rows.length > 0) lastSeq = rows.at(-1)!.seq;
  }

  let lookedAt = -Infinity;

  return {
    catchUp() {
      const now = performance.now();
      if (now - lookedAt < lookEveryMs) return true;
      try {
        const version = dataVersion.get();
        if (version !== lastVersion) {
          readNewRows();
          lastVersion = version;
        }
        lookedAt = now;
        return true;
      } catch (error) {
        console.error('[cache] could not read the cache tag record:', error);
        return false;
      }
    },
    // This process's own write is heard now, not at the next check.
    afterOwnWrite() {
      readNewRows();
    },
    close() {
      database.close();
    },
  };
}
