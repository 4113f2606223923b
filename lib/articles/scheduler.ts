import { createHmac } from 'node:crypto';

// Scheduled articles go live without an outside cron: each server process asks its own
// /api/scheduler endpoint every 20 seconds. The endpoint (which an outside scheduler may call
// too, with the same secret) claims due articles atomically, so with several instances each
// article is published once.
const intervalMs = 20_000;

export function schedulerSecret(): string {
  return process.env.SCHEDULER_SECRET ?? createHmac('sha256', process.env.AUTH_SECRET ?? '').update('dateline-scheduler').digest('base64url');
}

export function startScheduler(): void {
  const port = process.env.PORT ?? '3000';
  const host = process.env.HOST && process.env.HOST !== '0.0.0.0' ? process.env.HOST : '127.0.0.1';
  const timer = setInterval(() => {
    fetch(`http://${host}:${port}/api/scheduler`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${schedulerSecret()}` },
    }).catch(() => {
      // The server may still be starting; the next tick tries again.
    });
  }, intervalMs);
  timer.unref();
}
