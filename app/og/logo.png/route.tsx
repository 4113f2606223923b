import { ImageResponse } from 'next/og';
import { loadOgFonts } from '@/lib/og/fonts';
import { getSite } from '@/lib/site';

// The publisher logo named in structured data: the wordmark, 600×60 as news publishers use.
export const dynamic = 'force-static';

export async function GET() {
  return new ImageResponse(
    (
      <div style={{ display: 'flex', width: '100%', height: '100%', alignItems: 'center', justifyContent: 'center', background: '#fffefb' }}>
        <span style={{ fontFamily: 'Serif', fontWeight: 700, fontSize: 48, color: '#15161a' }}>{getSite().name}</span>
      </div>
    ),
    { width: 600, height: 60, fonts: await loadOgFonts() },
  );
}
