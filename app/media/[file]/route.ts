import { readMedia } from '@/lib/media/storage';

const types: Record<string, string> = {
  webp: 'image/webp',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  avif: 'image/avif',
};

// Media names are content-addressed or unique per upload, so they can be cached for good.
export async function GET(_request: Request, { params }: RouteContext<'/media/[file]'>) {
  const { file } = await params;
  const bytes = await readMedia(file);
  if (!bytes) return new Response('Not found', { status: 404 });
  const extension = file.split('.').pop() ?? '';
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': types[extension] ?? 'application/octet-stream',
      'Cache-Control': 'public, max-age=31536000, immutable',
    },
  });
}
