import { revalidateTag } from 'next/cache';
import { takeForeignInvalidations } from '@/lib/cache-sync';
import { clearServerPageCache } from '@/lib/page-cache';
import { isSweepRequest } from '@/lib/articles/scheduler';

export const dynamic = 'force-dynamic';

/** Applies cache invalidations made by other instances. Called by this instance's own timer. */
export async function POST(request: Request) {
  if (!isSweepRequest(request)) {
    return Response.json({ error: 'unauthorized' }, { status: 401 });
  }
  const tags = await takeForeignInvalidations();
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  if (tags.length > 0) clearServerPageCache();
  return Response.json({ revalidated: tags.length });
}
