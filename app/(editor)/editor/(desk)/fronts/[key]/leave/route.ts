import { NotAllowedError } from '@/lib/auth/current-user';
import { frontByParam } from '@/lib/fronts/keys';
import { stopArrangingFront } from '@/lib/fronts/presence';

// The front editor says "I left" with navigator.sendBeacon as it closes, as the article editor does.
export async function POST(
  _request: Request,
  { params }: RouteContext<'/editor/fronts/[key]/leave'>,
) {
  const front = frontByParam((await params).key);
  if (!front) return new Response(null, { status: 404 });
  try {
    await stopArrangingFront(front.key);
  } catch (error) {
    if (error instanceof NotAllowedError) return new Response(null, { status: 403 });
    throw error;
  }
  return new Response(null, { status: 204 });
}
