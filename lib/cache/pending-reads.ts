// The stamps of reads that missed, per cache key, until what was made from them is stored: the
// entry then takes the earliest stamp still outstanding for its key (lib/cache/expiry-ledger.ts).
//
// Pages and route answers: Next.js joins every request for a key to the one render in flight,
// so many misses end in one store, made by the render the earliest of them started; the store
// settles them all. Cached data reads: each miss runs its own read and stores once, so a store
// settles one miss (the latest: the earliest stays for renders still running, which may have
// begun before any other). A store with no miss outstanding gets stamp 0, older than anything.

/** A miss this old belongs to a read that failed and will never store: the key starts over. */
const maxAgeMs = 60_000;
const maxKeys = 10_000;

interface Miss {
  stamp: number;
  at: number;
}

export class PendingReads {
  readonly #byKey = new Map<string, Miss[]>();

  missed(key: string, stamp: number, now = Date.now()): void {
    let misses = this.#byKey.get(key);
    // Dropping misses makes later stores for them stamp 0: always safe, at worst a re-render.
    if (misses && misses[0]!.at < now - maxAgeMs) misses = undefined;
    if (!misses) {
      if (this.#byKey.size >= maxKeys) this.#byKey.clear();
      misses = [];
      this.#byKey.set(key, misses);
    }
    misses.push({ stamp, at: now });
  }

  /** The stamp for an entry being stored under `key` (see above for `settlesAll`). */
  stored(key: string, settlesAll: boolean): number {
    const misses = this.#byKey.get(key);
    if (!misses) return 0;
    const earliest = Math.min(...misses.map((m) => m.stamp));
    if (settlesAll || misses.length === 1) {
      this.#byKey.delete(key);
    } else {
      const latest = misses.reduce((a, b) => (b.stamp > a.stamp ? b : a));
      misses.splice(misses.indexOf(latest), 1);
    }
    return earliest;
  }

  get size(): number {
    return this.#byKey.size;
  }
}
