import { NotAllowedError } from '@/lib/auth/current-user';
import { stopEditing } from '@/lib/newsroom/presence';

// The editor page says "I left" with navigator.sendBeacon as it closes: the browser delivers a
// beacon after the page is gone, where a server action's request would be cut off half-sent.
export async function POST(_request: Request, { params }: RouteContext<'/editor/articles/[id]/leave'>) {
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) return new Response(null, { status: 404 });
  try {
    await stopEditing(id);
  } catch (error) {
    if (error instanceof NotAllowedError) return new Response(null, { status: 403 });
    throw error;
  }
  return new Response(null, { status: 204 });
}
