import { ImageResponse } from 'next/og';
import { loadOgFonts } from './fonts';

export const shareImageSize = { width: 1200, height: 630 };

export const ink = '#15161a';
export const paper = '#fffefb';
export const accent = '#9a1b1f';
export const muted = '#4a4d55';

export interface BrandCardInput {
  publication: string;
  kicker: string;
  title: string;
  description: string;
}

export function clip(text: string, max: number) {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

export const headers = { 'Cache-Control': 'public, max-age=3600, stale-while-revalidate=86400' };

export async function renderBrandCard(input: BrandCardInput): Promise<ImageResponse> {
  const fonts = await loadOgFonts();
  return new ImageResponse(
    (
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          width: '100%',
          height: '100%',
          background: ink,
          color: paper,
          padding: '56px 64px',
          borderBottom: `18px solid ${accent}`,
        }}
      >
        <div style={{ display: 'flex', fontFamily: 'Serif', fontWeight: 700, fontSize: 44 }}>{input.publication}</div>
        <div style={{ display: 'flex', flexDirection: 'column', flex: 1, justifyContent: 'center' }}>
          <div style={{ display: 'flex', fontFamily: 'Sans', fontWeight: 700, fontSize: 26, color: '#e8a3a5', textTransform: 'uppercase', letterSpacing: 3 }}>
            {input.kicker}
          </div>
          <div style={{ display: 'flex', fontFamily: 'Serif', fontWeight: 700, fontSize: input.title.length > 30 ? 64 : 84, lineHeight: 1.1, marginTop: 12 }}>
            {clip(input.title, 80)}
          </div>
          <div style={{ display: 'flex', fontFamily: 'Serif', fontSize: 32, color: '#d9d6cf', marginTop: 20 }}>{clip(input.description, 140)}</div>
        </div>
      </div>
    ),
    { ...shareImageSize, fonts, headers },
  );
}
