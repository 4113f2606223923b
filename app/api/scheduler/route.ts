import { isSchedulerRequest, publishDue } from '@/lib/newsroom/scheduler';

export const dynamic = 'force-dynamic';

/**
 * For an outside scheduler: publishes scheduled articles that are due. Every server process
 * already does this on its own timer; this endpoint answers only with SCHEDULER_SECRET set.
 */
export async function POST(request: Request) {
  if (!isSchedulerRequest(request)) return Response.json({ error: 'unauthorized' }, { status: 401 });
  return Response.json({ published: await publishDue() });
}
