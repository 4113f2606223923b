import { randomUUID } from 'node:crypto';
import type { Client, Notification } from 'pg';
import type { ExpiryLedger, ExpiryWatch } from './expiry-ledger';

// How a process on PostgreSQL hears the expiries any instance writes: LISTEN on one connection,
// so a hit checks memory only. A LISTEN connection can go deaf without an error (a NAT or load
// balancer dropping an idle flow, a failover, a proxy in transaction mode), so the connection
// proves it still hears: it NOTIFYs itself every heartbeat. PostgreSQL delivers notifications
// in commit order, so the echo of a heartbeat sent at T means every expiry committed before T
// has been heard. The copy is trusted only while such an echo is recent; otherwise hits count
// as stale (pages are rendered from the database), and a silent connection is replaced.

export interface MirrorOptions {
  connectionString: string;
  channel: string;
  heartbeatMs?: number;
  /** How old the last confirmed heartbeat may be while hits are still served from memory. */
  trustMs?: number;
  /** Silence after which the connection is given up and a new one made. */
  replaceAfterMs?: number;
}

export interface ExpiryMirror extends ExpiryWatch {
  /** This process's id in notifications: its own are heard when written, not again. */
  readonly origin: string;
  close(): Promise<void>;
}

interface Payload {
  origin?: string;
  beat?: number;
  tags?: string[];
}

export function listenForExpiries(ledger: ExpiryLedger, options: MirrorOptions): ExpiryMirror {
  const { connectionString, channel, heartbeatMs = 500, trustMs = 1_500, replaceAfterMs = 4_000 } = options;
  const origin = randomUUID();
  let client: Client | null = null;
  let connecting = false;
  let closed = false;
  /** Every expiry committed before this moment has been heard (or forgotten). */
  let confirmedThrough = 0;
  let beat = 0;
  let beatInFlight = false;
  const beatsSent = new Map<number, number>();

  function drop(which: Client) {
    if (client !== which) return;
    client = null;
    beatInFlight = false;
    beatsSent.clear();
    which.removeAllListeners('notification');
    which.end().catch(() => {});
    // A half-open socket may never finish ending: let go of it at once.
    (which as unknown as { connection?: { stream?: { destroy?: () => void } } }).connection?.stream?.destroy?.();
  }

  function onNotification(message: Notification) {
    const payload = parse(message.payload);
    if (!payload) return;
    if (payload.origin === origin) {
      const sentAt = payload.beat === undefined ? undefined : beatsSent.get(payload.beat);
      if (sentAt !== undefined) confirmedThrough = Math.max(confirmedThrough, sentAt);
      for (const n of beatsSent.keys()) if (n <= (payload.beat ?? -1)) beatsSent.delete(n);
      return;
    }
    if (payload.tags && payload.tags.length > 0) ledger.hear(payload.tags);
  }

  async function connect() {
    if (connecting || client || closed) return;
    connecting = true;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Client: PgClient } = require('pg') as typeof import('pg');
    const next: Client = new PgClient({
      connectionString,
      keepAlive: true,
      keepAliveInitialDelayMillis: 5_000,
      connectionTimeoutMillis: 3_000,
      query_timeout: replaceAfterMs,
      application_name: 'dateline-cache-listener',
    });
    next.on('error', () => drop(next));
    next.on('end', () => drop(next));
    next.on('notification', onNotification);
    try {
      client = next;
      await next.connect();
      const listenSentAt = Date.now();
      await next.query(`listen ${channel}`);
      if (client !== next) return;
      // Expiries committed before LISTEN took hold were never heard: forget what came before.
      ledger.forgetEarlier();
      confirmedThrough = listenSentAt;
      // The connection only listens; it must not keep a finished process alive.
      (next as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream?.unref?.();
    } catch (error) {
      console.error('[cache] could not listen for cache tag expiries (pages are rendered from the database meanwhile):', error);
      drop(next);
    } finally {
      connecting = false;
    }
  }

  function heartbeat() {
    if (closed) return;
    const current = client;
    if (!current || connecting) return void connect();
    if (Date.now() - confirmedThrough > replaceAfterMs) {
      console.error('[cache] the cache tag listener went silent; reconnecting');
      drop(current);
      return void connect();
    }
    // One at a time: on a silent connection they would only queue up behind each other.
    if (beatInFlight) return;
    const n = ++beat;
    beatsSent.set(n, Date.now());
    beatInFlight = true;
    current
      .query('select pg_notify($1, $2)', [channel, JSON.stringify({ origin, beat: n })])
      .then(() => client === current && (beatInFlight = false))
      .catch(() => drop(current));
  }

  const timer = setInterval(heartbeat, heartbeatMs);
  timer.unref();

  return {
    origin,
    catchUp() {
      if (!client && !connecting) void connect();
      return client !== null && !connecting && Date.now() - confirmedThrough < trustMs;
    },
    afterOwnWrite(tags) {
      ledger.hear(tags);
    },
    async close() {
      closed = true;
      clearInterval(timer);
      if (client) drop(client);
    },
  };
}

function parse(text: string | undefined): Payload | null {
  try {
    const value = JSON.parse(text ?? '') as Payload;
    if (typeof value !== 'object' || value === null) return null;
    const tags = Array.isArray(value.tags) ? value.tags.filter((t): t is string => typeof t === 'string') : undefined;
    return { origin: typeof value.origin === 'string' ? value.origin : undefined, beat: typeof value.beat === 'number' ? value.beat : undefined, tags };
  } catch {
    return null;
  }
}
