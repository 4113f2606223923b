// What one process has heard of cache tag expiries, counted in the order it heard them.
//
// THE INVARIANT, for every cache in this process (lib/cache/handler.ts and server/front-cache.ts):
// an entry carries the stamp `stamp()` gave *before* the reads it was made from began, and is
// served only while `isFresh(its tags, its stamp)`. An expiry heard before that stamp was
// committed before the reads, so the entry already shows it; one heard after may not, so the
// entry is stale. Freshness thus depends on when data was read, never on when a request arrived
// or a render finished, and no two clocks are ever compared (stamps never leave the process).
//
// Hearing late is safe (entries look stale a moment longer than needed); hearing nothing for a
// while is not, so a source that may have missed expiries calls `forgetEarlier()`, after which
// everything stamped before counts as stale.

/** More distinct tags than this and the ledger starts over (one re-render per cached entry). */
const maxTags = 200_000;

export class ExpiryLedger {
  #heard = 0;
  #floor = 0;
  readonly #tags = new Map<string, number>();

  /** A stamp for what is about to be read: everything heard so far is in it. */
  stamp(): number {
    return this.#heard;
  }

  hear(tags: Iterable<string>): void {
    const at = ++this.#heard;
    for (const tag of tags) this.#tags.set(tag, at);
    if (this.#tags.size > maxTags) this.forgetEarlier();
  }

  /** After a gap in hearing: nothing stamped before now is trusted. */
  forgetEarlier(): void {
    this.#floor = ++this.#heard;
    this.#tags.clear();
  }

  isFresh(tags: readonly string[], stamp: number): boolean {
    if (stamp < this.#floor) return false;
    for (const tag of tags) if ((this.#tags.get(tag) ?? 0) > stamp) return false;
    return true;
  }
}

/** Where a process hears expiries from: the SQLite file, or PostgreSQL's notifications. */
export interface ExpiryWatch {
  /** Brings the ledger up to date; false when it cannot be trusted now (count hits as stale). */
  catchUp(): boolean;
  /** Hears what this process itself just committed. */
  afterOwnWrite(tags: readonly string[]): void;
}

/**
 * The response header in which a cached page carries its stamp from the cache handler to the
 * front cache of the same process (server/front-cache.ts), which removes it before sending.
 */
export const stampHeader = 'x-dateline-read-stamp';
