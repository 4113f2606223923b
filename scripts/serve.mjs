// The production server. Next.js runs in WEB_CONCURRENCY worker processes sharing one port
// (default: one per CPU, at most 4), so one busy process does not cap the whole machine;
// WEB_CONCURRENCY=1 runs a single process with no cluster around it.
import cluster from 'node:cluster';
import { workerCount } from './worker-count.mjs';

const workers = workerCount();

if (cluster.isPrimary && workers > 1) {
  const { startCluster } = await import('./serve-cluster.mjs');
  startCluster(workers);
} else {
  await import('./serve-worker.mjs');
}
