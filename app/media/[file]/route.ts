import { mediaContentType } from '@/lib/media/schema';
import { readMedia } from '@/lib/media/storage';

// Served from the shared storage (lib/media/storage.ts), so any instance answers for a picture
// uploaded through another; next/image fetches its originals from here too. Media names are
// content-addressed or unique per upload, so they can be cached for good.
export async function GET(_request: Request, { params }: RouteContext<'/media/[file]'>) {
  const { file } = await params;
  const bytes = await readMedia(file);
  if (!bytes) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': mediaContentType(file),
      'Cache-Control': 'public, max-age=31536000, immutable',
    },
  });
}
