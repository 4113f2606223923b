import type { Client, Notification } from 'pg';
import { getEnv } from '../env';

// A process's copy of the PostgreSQL tag record, kept current by LISTEN/NOTIFY: every
// instance hears an expiry the moment the writer commits, and a read costs no round trip.

export interface ExpiryMirror {
  /** The latest expiry of `tags`, or null while the copy is not known to be complete. */
  lastExpiry(tags: readonly string[]): Promise<number | null>;
  /** Applies an expiry this process wrote itself (its own notification comes too, a bit later). */
  apply(tags: readonly string[], at: number): void;
}

export function listenForExpiries(channel: string): ExpiryMirror {
  const expiries = new Map<string, number>();
  let ready: Promise<boolean> | null = null;

  function apply(tags: readonly string[], at: number) {
    for (const tag of tags) expiries.set(tag, Math.max(expiries.get(tag) ?? 0, at));
  }

  async function connect(): Promise<boolean> {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Client: PgClient } = require('pg') as typeof import('pg');
    const client: Client = new PgClient({ connectionString: getEnv().DATABASE_URL });
    // Until the connection is back, the copy may miss expiries: reads go to the table.
    const lose = () => {
      ready = null;
      client.end().catch(() => {});
    };
    client.on('error', lose);
    client.on('end', () => (ready = null));
    try {
      await client.connect();
      client.on('notification', (message: Notification) => {
        const payload = parsePayload(message.payload);
        if (payload) apply(payload.tags, payload.at);
      });
      // Listen first, then load: an expiry committed in between is in the table or is heard.
      await client.query(`listen ${channel}`);
      const { rows } = await client.query<{ tag: string; expired_at: number }>('select tag, expired_at from cache_tag_expirations');
      for (const row of rows) apply([row.tag], Number(row.expired_at));
      // The connection only listens; it must not keep a finished process alive.
      (client as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream?.unref?.();
      return true;
    } catch (error) {
      console.error('[cache] could not listen for cache tag expiries; reading the table instead:', error);
      lose();
      return false;
    }
  }

  return {
    apply,
    async lastExpiry(tags) {
      ready ??= connect();
      if (!(await ready)) return null;
      let latest = 0;
      for (const tag of tags) latest = Math.max(latest, expiries.get(tag) ?? 0);
      return latest;
    },
  };
}

function parsePayload(payload: string | undefined): { at: number; tags: string[] } | null {
  try {
    const value = JSON.parse(payload ?? '') as { at?: unknown; tags?: unknown };
    if (typeof value.at !== 'number' || !Array.isArray(value.tags)) return null;
    return { at: value.at, tags: value.tags.filter((t): t is string => typeof t === 'string') };
  } catch {
    return null;
  }
}
