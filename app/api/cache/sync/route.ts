import { revalidateTag } from 'next/cache';
import { z } from 'zod';
import { takeForeignInvalidations } from '@/lib/cache-sync';
import { clearServerPageCache } from '@/lib/page-cache';
import { isSweepRequest } from '@/lib/articles/scheduler';

export const dynamic = 'force-dynamic';

// Tags named by a sibling worker of this server (lib/cache-siblings.ts).
const namedTags = z.object({ tags: z.array(z.string().min(1).max(200)).max(1000) });

/**
 * Applies cache refreshes made elsewhere: the tags in the body when a sibling process names
 * them, otherwise those other instances logged in the database. Called by this process only.
 */
export async function POST(request: Request) {
  if (!isSweepRequest(request)) {
    return Response.json({ error: 'unauthorized' }, { status: 401 });
  }
  const body = request.headers.get('content-type')?.startsWith('application/json') ? namedTags.safeParse(await request.json().catch(() => null)) : null;
  if (body && !body.success) return Response.json({ error: 'tags must be a list of cache tags' }, { status: 400 });
  const tags = body ? body.data.tags : await takeForeignInvalidations();
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  if (tags.length > 0) clearServerPageCache();
  return Response.json({ revalidated: tags.length });
}
