import { purgeCdn } from './cdn';
import { expireTags } from './tag-record';

/**
 * Makes everything carrying `tags` stale everywhere: in the shared record every process and
 * instance checks before serving (durable when this resolves), then at the CDN.
 */
export async function refreshTags(tags: readonly string[]): Promise<void> {
  if (tags.length === 0) return;
  await expireTags(tags);
  await purgeCdn(tags);
}
