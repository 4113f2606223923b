import { pagesSitemap } from '@/lib/feeds/build';
import { xmlResponse } from '@/lib/feeds/xml';

export const dynamic = 'force-static';

export async function GET() {
  return xmlResponse(await pagesSitemap());
}
