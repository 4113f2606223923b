import { renderBrandCard } from '@/lib/og/render';
import { getSite } from '@/lib/site';

export const dynamic = 'force-static';

export async function GET() {
  const site = getSite();
  return renderBrandCard({ publication: site.name, kicker: 'News', title: site.name, description: site.tagline });
}
