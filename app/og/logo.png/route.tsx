import { renderLogo } from '@/lib/og/logo';
import { getSite } from '@/lib/site';

export const dynamic = 'force-static';

export async function GET() {
  return renderLogo(getSite().name);
}
