import cluster, { type Worker } from 'node:cluster';

// The primary of a multi-process server: forks the workers (each a whole server on the shared
// port) and replaces one that dies. Workers share nothing but the port and the database; what
// is fresh is decided by the shared cache tag record (lib/cache/tag-record.ts), not by messages.

// A worker that dies this soon after starting, this many times in a row, will not start at all
// (a taken port, a bad setting): stop with an error rather than restart it forever.
const earlyDeathMs = 15_000;
const earlyDeathsToGiveUp = 3;

export function startCluster(count: number): void {
  let stopping = false;
  let earlyDeaths = 0;

  function fork(index: number) {
    const startedAt = Date.now();
    const worker: Worker = cluster.fork({ DATELINE_WORKER_INDEX: String(index) });
    worker.on('exit', (code, signal) => {
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

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
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
