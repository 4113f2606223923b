import { timingSafeEqual } from 'node:crypto';
import { revalidateTag } from 'next/cache';
import { takeForeignInvalidations } from '@/lib/cache-sync';
import { clearServerPageCache } from '@/lib/page-cache';
import { schedulerSecret } from '@/lib/articles/scheduler';

export const dynamic = 'force-dynamic';

/** Applies cache invalidations made by other instances. Called by this instance's own timer. */
export async function POST(request: Request) {
  const given = Buffer.from(request.headers.get('authorization') ?? '');
  const expected = Buffer.from(`Bearer ${schedulerSecret()}`);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return Response.json({ error: 'unauthorized' }, { status: 401 });
  }
  const tags = await takeForeignInvalidations();
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  if (tags.length > 0) clearServerPageCache();
  return Response.json({ revalidated: tags.length });
}
