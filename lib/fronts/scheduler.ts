import { cacheTags } from '../cache-tags';
import { refreshTags } from '../cache/refresh';
import { launchDueSchedules } from './store';

/**
 * Launches the scheduled layouts that are due and refreshes their fronts, as a launch from the
 * editor does. Every server process runs it with the article scheduler's sweep
 * (lib/newsroom/scheduler.ts); claims are atomic, so each layout is launched once.
 */
export async function launchDueFronts(
  now = new Date(),
): Promise<{ key: string; version: number }[]> {
  const launched = await launchDueSchedules(now);
  if (launched.length > 0)
    await refreshTags([...new Set(launched.map((l) => cacheTags.front(l.key)))]);
  return launched;
}
