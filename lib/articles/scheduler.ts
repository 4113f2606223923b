import { createHmac, timingSafeEqual } from 'node:crypto';

// Scheduled articles go live without an outside cron: each server process asks its own
// /api/scheduler endpoint every 20 seconds. The endpoint (which an outside scheduler may call
// too, with the same secret) claims due articles atomically, so with several instances each
// article is published once.
const intervalMs = 20_000;

export function schedulerSecret(): string {
  return process.env.SCHEDULER_SECRET ?? createHmac('sha256', process.env.AUTH_SECRET ?? '').update('dateline-scheduler').digest('base64url');
}

/** This process's own address (a worker of a cluster has a private one: scripts/serve-worker.mjs). */
export function selfUrl(): string {
  if (process.env.DATELINE_SELF_URL) return process.env.DATELINE_SELF_URL;
  const port = process.env.PORT ?? '3000';
  const host = process.env.HOST && process.env.HOST !== '0.0.0.0' ? process.env.HOST : '127.0.0.1';
  return `http://${host}:${port}`;
}

function every(ms: number, path: string) {
  const timer = setInterval(() => {
    fetch(`${selfUrl()}${path}`, { method: 'POST', headers: { Authorization: `Bearer ${schedulerSecret()}` } }).catch(() => {
      // The server may still be starting; the next tick tries again.
    });
  }, ms);
  timer.unref();
}

/** Whether a request carries the scheduler secret (for /api/scheduler and /api/cache/sync). */
export function isSweepRequest(request: Request): boolean {
  return carriesBearer(request, schedulerSecret());
}

/** Whether the request's Authorization header is `Bearer <secret>` (compared in constant time). */
export function carriesBearer(request: Request, secret: string): boolean {
  const given = Buffer.from(request.headers.get('authorization') ?? '');
  const expected = Buffer.from(`Bearer ${secret}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function startScheduler(): void {
  every(intervalMs, '/api/scheduler');
  // Only PostgreSQL deployments run several instances; they pick up each other's refreshes.
  if (process.env.DATABASE_URL) every(2_000, '/api/cache/sync');
}
