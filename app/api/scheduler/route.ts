import { publishDueArticles, getFootprint } from '@/lib/articles/editor-store';
import { refreshArticlePages } from '@/lib/articles/refresh';
import { isSweepRequest } from '@/lib/articles/scheduler';

export const dynamic = 'force-dynamic';

/** Publishes scheduled articles that are due. Protected: callers need the scheduler secret. */
export async function POST(request: Request) {
  if (!isSweepRequest(request)) return Response.json({ error: 'unauthorized' }, { status: 401 });
  const published = await publishDueArticles();
  for (const id of published) await refreshArticlePages(id, null, await getFootprint(id));
  return Response.json({ published });
}
