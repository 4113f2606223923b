import { newsSitemap } from '@/lib/feeds/build';
import { xmlResponse } from '@/lib/feeds/xml';

// The 48-hour window moves with the clock, so this one is also refreshed every few minutes.
export const dynamic = 'force-static';
export const revalidate = 300;

export async function GET() {
  return xmlResponse(await newsSitemap());
}
