import { getArticleById } from '@/lib/articles/queries';
import { xmlResponse } from '@/lib/feeds/xml';
import { liveFeed } from '@/lib/live/feed';
import { getLivePage, getLiveVersions } from '@/lib/live/queries';

// What open pages of live coverage poll (components/site/islands/live.ts): one small answer per
// article, the same for every reader, so a CDN holds it a few seconds and a million open tabs
// cost the origin about one render every few seconds; every change to an update expires it (its
// cache tag) at once, here and at the CDN.
//   {"live": true, "endedAt": null, "updates": [[id, version, pinned 0|1], …newest first]}
// Beside it, /live/<id>.xml is an RSS feed of the coverage's newest updates.
export const dynamic = 'force-static';

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: RouteContext<'/live/[file]'>) {
  const { file } = await params;
  const [, id, kind] = /^(\d{1,9})\.(json|xml)$/.exec(file) ?? [];
  const article = id ? await getArticleById(Number(id)) : null;
  if (!article?.live) return Response.json({ error: 'not live coverage' }, { status: 404 });
  if (kind === 'xml') return xmlResponse(liveFeed(article, await getLivePage(article.id, 1)), 'application/rss+xml');
  const updates = await getLiveVersions(article.id);
  return Response.json({
    live: !article.live.endedAt,
    endedAt: article.live.endedAt,
    updates: updates.map((u) => [u.id, u.version, u.pinned ? 1 : 0]),
  });
}
