// The production server (`npm start` compiles it with scripts/compile-server.mjs and runs it). Next.js
// runs in WEB_CONCURRENCY worker processes sharing one port (default: one per CPU, at most 4),
// so one busy process does not cap the machine; WEB_CONCURRENCY=1 runs a single process.
import cluster from 'node:cluster';
import { startCluster } from './cluster';
import { startWorker } from './worker';
import { workerCount } from './worker-count';

const workers = workerCount();

if (cluster.isPrimary && workers > 1) {
  startCluster(workers);
} else {
  startWorker({ announce: !cluster.isWorker || process.env.DATELINE_WORKER_INDEX === '0' }).catch((error: unknown) => {
    console.error('[serve] could not start:', error);
    process.exit(1);
  });
}
