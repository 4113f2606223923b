import net from 'node:net';
import { Client } from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ExpiryLedger } from './expiry-ledger';
import { listenForExpiries, type ExpiryMirror } from './postgres-mirror';

// The listener on a real PostgreSQL, reached through a TCP relay the test controls: "going
// deaf" is the relay no longer passing bytes on a connection while keeping it open, as a NAT or
// load balancer that dropped an idle flow does. No error reaches the client; only silence.

const databaseUrl = new URL(process.env.DATABASE_URL!);
const channel = `test_expiries_${process.pid}`;

interface Relay {
  url: string;
  /** Stops passing bytes on every connection open now; they stay open. New ones work. */
  silenceOpenConnections(): void;
  /** Accepts connections and never answers on them. */
  blackhole(on: boolean): void;
  close(): void;
}

function startRelay(): Promise<Relay> {
  const pairs = new Set<[net.Socket, net.Socket]>();
  let swallow = false;
  const server = net.createServer((client) => {
    if (swallow) return void client.on('error', () => {});
    const upstream = net.connect(Number(databaseUrl.port || 5432), databaseUrl.hostname);
    const pair: [net.Socket, net.Socket] = [client, upstream];
    pairs.add(pair);
    client.pipe(upstream);
    upstream.pipe(client);
    const close = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('close', close).on('error', close);
    upstream.on('close', close).on('error', close);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const relayed = new URL(databaseUrl);
      relayed.hostname = '127.0.0.1';
      relayed.port = String((server.address() as net.AddressInfo).port);
      resolve({
        url: relayed.toString(),
        silenceOpenConnections() {
          // Bytes are read and dropped, so a close from either side is still noticed.
          for (const [client, upstream] of pairs) {
            client.unpipe(upstream);
            upstream.unpipe(client);
            client.on('data', () => {}).resume();
            upstream.on('data', () => {}).resume();
          }
        },
        blackhole(on) {
          swallow = on;
        },
        close() {
          for (const [client, upstream] of pairs) {
            client.destroy();
            upstream.destroy();
          }
          server.close();
        },
      });
    }),
  );
}

let relay: Relay;
let mirror: ExpiryMirror | undefined;
const admin = new Client({ connectionString: databaseUrl.toString() });

beforeAll(async () => {
  relay = await startRelay();
  await admin.connect();
});
afterEach(async () => {
  await mirror?.close();
  mirror = undefined;
});
afterAll(async () => {
  relay.close();
  await admin.end();
});

const quick = { channel, heartbeatMs: 100, trustMs: 400, replaceAfterMs: 1_000 };

async function listenerConnections(): Promise<number> {
  const { rows } = await admin.query<{ n: string }>(
    "select count(*) as n from pg_stat_activity where application_name = 'dateline-cache-listener' and datname = current_database()",
  );
  return Number(rows[0]!.n);
}

describe('the PostgreSQL expiry listener', () => {
  it('stops trusting its copy when its connection goes silent, then reconnects without leaking', async () => {
    const ledger = new ExpiryLedger();
    mirror = listenForExpiries(ledger, { connectionString: relay.url, ...quick });
    await expect.poll(() => mirror!.catchUp(), { timeout: 5_000 }).toBe(true);
    const stamp = ledger.stamp();

    relay.silenceOpenConnections();
    // An editor unpublishes through another instance: this listener hears nothing of it.
    await admin.query('select pg_notify($1, $2)', [channel, JSON.stringify({ origin: 'elsewhere', tags: ['path:/taken-down'] })]);
    await expect.poll(() => mirror!.catchUp(), { timeout: 2_000, interval: 20 }).toBe(false);

    // A new connection is made and heard through; what was stamped before the gap stays stale.
    await expect.poll(() => mirror!.catchUp(), { timeout: 8_000, interval: 50 }).toBe(true);
    expect(ledger.isFresh(['path:/taken-down'], stamp)).toBe(false);
    expect(ledger.isFresh(['path:/taken-down'], ledger.stamp())).toBe(true);
    await expect.poll(listenerConnections, { timeout: 5_000 }).toBe(1);
  });

  it('hears another instance’s expiry on a working connection', async () => {
    const ledger = new ExpiryLedger();
    mirror = listenForExpiries(ledger, { connectionString: relay.url, ...quick });
    await expect.poll(() => mirror!.catchUp(), { timeout: 5_000 }).toBe(true);
    const stamp = ledger.stamp();
    await admin.query('select pg_notify($1, $2)', [channel, JSON.stringify({ origin: 'elsewhere', tags: ['section:news'] })]);
    await expect.poll(() => ledger.isFresh(['section:news'], stamp), { timeout: 2_000, interval: 10 }).toBe(false);
    expect(ledger.isFresh(['section:world'], stamp)).toBe(true);
  });

  it('answers at once, as not to be trusted, while the database cannot be reached', async () => {
    relay.blackhole(true);
    try {
      mirror = listenForExpiries(new ExpiryLedger(), { connectionString: relay.url, ...quick });
      const started = performance.now();
      for (let i = 0; i < 100; i++) expect(mirror.catchUp()).toBe(false);
      expect(performance.now() - started).toBeLessThan(100);
    } finally {
      relay.blackhole(false);
    }
    await expect.poll(() => mirror!.catchUp(), { timeout: 10_000, interval: 50 }).toBe(true);
  });
});
