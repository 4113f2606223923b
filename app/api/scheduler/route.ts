import { timingSafeEqual } from 'node:crypto';
import { publishDueArticles, getFootprint } from '@/lib/articles/editor-store';
import { refreshArticlePages } from '@/lib/articles/refresh';
import { schedulerSecret } from '@/lib/articles/scheduler';

export const dynamic = 'force-dynamic';

function authorized(request: Request): boolean {
  const given = Buffer.from(request.headers.get('authorization') ?? '');
  const expected = Buffer.from(`Bearer ${schedulerSecret()}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Publishes scheduled articles that are due. Protected: callers need the scheduler secret. */
export async function POST(request: Request) {
  if (!authorized(request)) return Response.json({ error: 'unauthorized' }, { status: 401 });
  const published = await publishDueArticles();
  for (const id of published) await refreshArticlePages(id, null, await getFootprint(id));
  return Response.json({ published });
}
