import { NotAllowedError, requireRole } from '@/lib/auth/current-user';
import { formatDisplayDate } from '@/lib/articles/dates';
import { renderArticleCard } from '@/lib/og/article-card';
import { focalPercent } from '@/lib/media/focal';
import { mediaSrcPattern } from '@/lib/media/schema';
import { getSite } from '@/lib/site';

// The live share-image preview for the editor: drawn from the form's values, so it is only
// for signed-in newsroom staff (the public images are drawn from the database).
export async function GET(request: Request) {
  try {
    await requireRole('contributor');
  } catch (error) {
    if (error instanceof NotAllowedError) return new Response('Not allowed', { status: 403 });
    throw error;
  }
  const params = new URL(request.url).searchParams;
  const site = getSite();
  const hero = params.get('hero');
  const [x, y] = [focalPercent.safeParse(params.get('fx')).data, focalPercent.safeParse(params.get('fy')).data];
  const image = await renderArticleCard({
    publication: site.name,
    section: (params.get('section') ?? '').slice(0, 40),
    headline: (params.get('headline') ?? '').slice(0, 200) || 'Headline',
    byline: (params.get('byline') ?? '').slice(0, 120),
    date: formatDisplayDate(new Date().toISOString(), site.timeZone),
    heroSrc: hero && mediaSrcPattern.test(hero) ? hero : null,
    heroFocal: x !== undefined && y !== undefined ? { x: x / 100, y: y / 100 } : undefined,
  });
  // Drawn from an unpublished draft for one signed-in person: no shared cache may keep it.
  const headers = new Headers(image.headers);
  headers.set('Cache-Control', 'private, no-store');
  return new Response(image.body, { status: image.status, headers });
}
