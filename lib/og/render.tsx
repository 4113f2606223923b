import { ImageResponse } from 'next/og';
import { OgText } from './og-text';
import { prepareCardText } from './text';

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

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const wide = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff60]/gu;

/** Length in the width of a Latin letter: Chinese, Japanese and Korean characters count twice. */
export function displayLength(text: string): number {
  return text.length + (text.match(wide)?.length ?? 0);
}

/** The text cut to about `max` Latin letters' width, between graphemes, with an ellipsis. */
export function clip(text: string, max: number) {
  if (displayLength(text) <= max) return text;
  let kept = '';
  let length = 0;
  for (const { segment } of graphemes.segment(text)) {
    length += displayLength(segment);
    if (length > max - 1) break;
    kept += segment;
  }
  return `${kept.trimEnd()}…`;
}

export const headers = { 'Cache-Control': 'public, max-age=3600, stale-while-revalidate=86400' };

export async function renderBrandCard(input: BrandCardInput): Promise<ImageResponse> {
  const width = shareImageSize.width - 2 * 64;
  const { fields: text, fonts } = await prepareCardText({
    publication: { text: input.publication, role: 'serif', weight: 700, size: 44, color: paper, width },
    kicker: { text: input.kicker, role: 'sans', weight: 700, size: 26, uppercase: true, letterSpacing: 3, color: '#e8a3a5', width },
    title: { text: clip(input.title, 80), role: 'serif', weight: 700, size: displayLength(input.title) > 30 ? 64 : 84, lineHeight: 1.1, color: paper, width },
    description: { text: clip(input.description, 140), role: 'serif', weight: 400, size: 32, color: '#d9d6cf', width },
  });
  return new ImageResponse(
    (
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          width: '100%',
          height: '100%',
          background: ink,
          padding: '56px 64px',
          borderBottom: `18px solid ${accent}`,
        }}
      >
        <OgText value={text.publication} block style={{ display: 'flex' }} />
        <div style={{ display: 'flex', flexDirection: 'column', flex: 1, justifyContent: 'center' }}>
          <OgText value={text.kicker} block style={{ display: 'flex' }} />
          <OgText value={text.title} block style={{ display: 'flex', marginTop: 12 }} />
          <OgText value={text.description} block style={{ display: 'flex', marginTop: 20 }} />
        </div>
      </div>
    ),
    { ...shareImageSize, fonts, headers },
  );
}
