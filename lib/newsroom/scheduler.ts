import { timingSafeEqual } from 'node:crypto';
import { launchDueFronts } from '../fronts/scheduler';
import { getFootprint, publishDueArticles } from './store';
import { refreshArticlePages } from './refresh';

// Scheduled articles go live without an outside cron: every server process sweeps every 20
// seconds. Claims are atomic, so with several processes and instances each article is published
// once; an outside scheduler may POST /api/scheduler with SCHEDULER_SECRET to the same effect.
const intervalMs = 20_000;

/** Publishes the scheduled articles that are due and refreshes their pages, then launches due fronts; returns the articles' ids. */
export async function publishDue(): Promise<number[]> {
  const published = await publishDueArticles();
  for (const id of published) await refreshArticlePages(id, null, await getFootprint(id));
  // Layouts scheduled for the home page and sections, after the articles due at the same time.
  await launchDueFronts();
  return published;
}

export function startScheduler(): void {
  const timer = setInterval(() => {
    publishDue().catch((error: unknown) => console.error('[scheduler] sweep failed:', error));
  }, intervalMs);
  timer.unref();
}

/** Whether a request carries SCHEDULER_SECRET as its bearer token (compared in constant time). */
export function isSchedulerRequest(request: Request): boolean {
  const secret = process.env.SCHEDULER_SECRET;
  if (!secret) return false;
  const given = Buffer.from(request.headers.get('authorization') ?? '');
  const expected = Buffer.from(`Bearer ${secret}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
