import { parseCropVariant } from '@/lib/media/crop-urls';
import { cropImage } from '@/lib/media/crops';
import { mediaNamePattern } from '@/lib/media/schema';

// /media/crop/16x9-40-55/name.webp: the picture cropped at 16:9 around the point 40 % across and
// 55 % down. The address names everything the bytes depend on, so they are cached for good.
export async function GET(_request: Request, { params }: RouteContext<'/media/crop/[variant]/[file]'>) {
  const { variant, file } = await params;
  const wanted = parseCropVariant(variant);
  const bytes = wanted && mediaNamePattern.test(file) ? await cropImage(file, wanted.crop, wanted.focal) : null;
  // A refusal may be kept a little, so a cache in front absorbs the same made-up address.
  if (!bytes) return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'public, max-age=300' } });
  return new Response(new Uint8Array(bytes), {
    headers: { 'Content-Type': 'image/jpeg', 'Cache-Control': 'public, max-age=31536000, immutable' },
  });
}
