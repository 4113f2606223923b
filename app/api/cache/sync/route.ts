import { revalidateTag } from 'next/cache';
import { z } from 'zod';
import { isSweepRequest } from '@/lib/articles/scheduler';
import { isSiblingRequest } from '@/lib/cache-siblings';
import { takeForeignInvalidations } from '@/lib/cache-sync';
import { clearServerPageCache } from '@/lib/page-cache';

export const dynamic = 'force-dynamic';

// Tags named by a sibling worker of this server (lib/cache-siblings.ts).
const namedTags = z.object({ tags: z.array(z.string().min(1).max(2000)).max(1000) });

/**
 * Applies cache refreshes made elsewhere: the tags a sibling worker names in the body (with
 * the secret only this server's workers hold), or those other instances logged in the database
 * (with the scheduler secret, on this process's own timer).
 */
export async function POST(request: Request) {
  if (isSiblingRequest(request)) {
    const body = namedTags.safeParse(await request.json().catch(() => null));
    if (!body.success) return Response.json({ error: 'tags must be a list of cache tags' }, { status: 400 });
    return Response.json({ revalidated: refresh(body.data.tags) });
  }
  if (!isSweepRequest(request)) {
    return Response.json({ error: 'unauthorized' }, { status: 401 });
  }
  return Response.json({ revalidated: refresh(await takeForeignInvalidations()) });
}

function refresh(tags: string[]): number {
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  if (tags.length > 0) clearServerPageCache();
  return tags.length;
}
