import os from 'node:os';

/** Server processes to run: WEB_CONCURRENCY, or one per CPU up to 4. */
export function workerCount(env: NodeJS.ProcessEnv = process.env): number {
  if (!env.WEB_CONCURRENCY) return Math.min(os.availableParallelism(), 4);
  const count = Number(env.WEB_CONCURRENCY);
  if (!Number.isInteger(count) || count < 1) {
    throw new Error(`WEB_CONCURRENCY must be a whole number of processes, 1 or more (it is "${env.WEB_CONCURRENCY}")`);
  }
  return count;
}
