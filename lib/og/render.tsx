import { ImageResponse } from 'next/og';
import { loadOgFonts } from './fonts';
import { heroDataUrl } from './hero';

export const shareImageSize = { width: 1200, height: 630 };

const ink = '#15161a';
const paper = '#fffefb';
const accent = '#9a1b1f';
const muted = '#4a4d55';
const panelWidth = 470;

export interface ArticleCardInput {
  publication: string;
  section: string;
  headline: string;
  byline: string;
  date: string;
  heroSrc: string | null;
}

export interface BrandCardInput {
  publication: string;
  kicker: string;
  title: string;
  description: string;
}

/** Long headlines step down in size so they always fit in five lines. */
export function headlineFontSize(headline: string, hasPanel: boolean): number {
  const steps = hasPanel ? [[50, 58], [80, 50], [115, 42], [150, 36]] : [[60, 72], [95, 60], [130, 50], [170, 44]];
  return steps.find(([max]) => headline.length <= max!)?.[1] ?? (hasPanel ? 32 : 40);
}

function clip(text: string, max: number) {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

const headers = { 'Cache-Control': 'public, max-age=3600, stale-while-revalidate=86400' };

export async function renderArticleCard(input: ArticleCardInput): Promise<ImageResponse> {
  const [fonts, hero] = await Promise.all([
    loadOgFonts(),
    input.heroSrc ? heroDataUrl(input.heroSrc, panelWidth, shareImageSize.height) : null,
  ]);
  const headline = clip(input.headline, 180);
  return new ImageResponse(
    (
      <div style={{ display: 'flex', width: '100%', height: '100%', background: paper, color: ink }}>
        <div style={{ display: 'flex', flexDirection: 'column', flex: 1, padding: '48px 56px', borderTop: `14px solid ${accent}` }}>
          <div style={{ display: 'flex', alignItems: 'center', fontFamily: 'Sans', fontSize: 24 }}>
            <span style={{ fontFamily: 'Serif', fontWeight: 700, fontSize: 34 }}>{input.publication}</span>
            <span style={{ margin: '0 16px', color: muted }}>·</span>
            <span style={{ color: accent, fontWeight: 700, textTransform: 'uppercase', letterSpacing: 2 }}>{input.section}</span>
          </div>
          <div style={{ display: 'flex', flex: 1, alignItems: 'center' }}>
            <div style={{ fontFamily: 'Serif', fontWeight: 700, fontSize: headlineFontSize(headline, !!hero), lineHeight: 1.12 }}>
              {headline}
            </div>
          </div>
          <div style={{ display: 'flex', flexDirection: 'column', fontFamily: 'Sans', fontSize: 24, color: muted }}>
            <span style={{ color: ink, fontWeight: 700 }}>{clip(input.byline, 70)}</span>
            <span>{input.date}</span>
          </div>
        </div>
        {hero ? (
          // eslint-disable-next-line @next/next/no-img-element -- rendered to PNG, not HTML
          <img src={hero} width={panelWidth} height={shareImageSize.height} alt="" style={{ objectFit: 'cover' }} />
        ) : null}
      </div>
    ),
    { ...shareImageSize, fonts, headers },
  );
}

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
