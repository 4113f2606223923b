// The primary of a multi-process server: forks the workers (each a whole server on the shared
// port), replaces one that dies, and relays cache refreshes. When an editor's change refreshes
// pages in one worker, the others refresh too before that worker answers the editor (see
// lib/cache-siblings.ts), so a reader gets the new page whichever worker serves them.
import cluster from 'node:cluster';
import { randomBytes, randomUUID } from 'node:crypto';

// A worker that dies this soon after starting, this many times in a row, will not start at all
// (a taken port, a bad setting): stop with an error rather than restart it forever.
const earlyDeathMs = 15_000;
const earlyDeathsToGiveUp = 3;

export function startCluster(count) {
  // One instance id for all workers: lib/cache-sync.ts logs refreshes in the database for
  // other machines, and siblings on this one hear of them here instead.
  process.env.DATELINE_INSTANCE_ID ??= randomUUID();
  // Only this server's workers may name tags for /api/cache/sync to refresh.
  process.env.DATELINE_SIBLING_SECRET = randomBytes(32).toString('base64url');
  const pending = new Map();
  let stopping = false;
  let earlyDeaths = 0;

  function settle(id, entry) {
    pending.delete(id);
    if (entry.from.isConnected()) entry.from.send({ type: 'dateline:siblings-refreshed', id });
  }

  function relay(from, message) {
    if (message?.type === 'dateline:refresh-siblings') {
      const siblings = Object.values(cluster.workers ?? {}).filter((w) => w && w !== from && w.isConnected());
      const entry = { from, waiting: new Set(siblings.map((w) => w.id)) };
      if (siblings.length === 0) return settle(message.id, entry);
      pending.set(message.id, entry);
      for (const sibling of siblings) sibling.send({ type: 'dateline:refresh', id: message.id, tags: message.tags });
    } else if (message?.type === 'dateline:refreshed') {
      const entry = pending.get(message.id);
      entry?.waiting.delete(from.id);
      if (entry?.waiting.size === 0) settle(message.id, entry);
    }
  }

  // A worker that is gone will not answer: nobody waits for it.
  function forget(worker) {
    for (const [id, entry] of pending) {
      entry.waiting.delete(worker.id);
      if (entry.waiting.size === 0) settle(id, entry);
    }
  }

  function fork(index) {
    const startedAt = Date.now();
    const worker = cluster.fork({ DATELINE_WORKER_INDEX: String(index) });
    worker.on('message', (message) => relay(worker, message));
    worker.on('exit', (code, signal) => {
      forget(worker);
      if (stopping) return;
      earlyDeaths = Date.now() - startedAt < earlyDeathMs ? earlyDeaths + 1 : 0;
      if (earlyDeaths >= earlyDeathsToGiveUp) {
        console.error(`[serve] workers keep stopping right after they start (last: ${signal ?? `exit ${code}`}); giving up`);
        process.exit(1);
      }
      console.error(`[serve] worker ${index} stopped (${signal ?? `exit ${code}`}); starting a new one`);
      setTimeout(() => stopping || fork(index), 1000);
    });
  }

  // Rendering allocates many short-lived objects; with V8's default 16 MB young generation the
  // collector ran so often that it cost about a fifth of the throughput of reader form posts
  // (npm run bench, feedback). Flags given to `node` itself come later and win.
  cluster.setupPrimary({ execArgv: ['--max-semi-space-size=32', ...process.execArgv] });
  for (let index = 0; index < count; index++) fork(index);

  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.kill(signal);
      // Workers finish their open requests; do not wait on a stuck one forever.
      setTimeout(() => process.exit(0), 10_000).unref();
      cluster.on('exit', () => {
        if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      });
    });
  }
}
