import { ImageResponse } from 'next/og';
import sharp from 'sharp';
import { centre, type FocalPoint } from '../media/focal';
import { loadOgFonts } from './fonts';
import { heroBackdrop } from './hero';
import { accent, clip, headers, ink, muted, paper, shareImageSize } from './render';

/**
 * Everything that must be read stays inside the middle square: WhatsApp shows a square cut from
 * the centre of the card (x 285 to 915); X, Facebook and LinkedIn show the whole card.
 */
export const squareBand = { left: 285, width: 630 };
const readableColumn = { left: squareBand.left + 30, width: squareBand.width - 60 };

export interface ArticleCardInput {
  publication: string;
  section: string;
  headline: string;
  byline: string;
  date: string;
  heroSrc: string | null;
  /** Where the hero is cropped around; the centre when not given. */
  heroFocal?: FocalPoint;
}

/** Long headlines step down in size so they always fit the column in six lines. */
export function headlineFontSize(headline: string): number {
  const steps = [[40, 64], [70, 54], [100, 46], [140, 40]];
  return steps.find(([max]) => headline.length <= max!)?.[1] ?? 34;
}

/**
 * The article's share image as JPEG. The words are drawn on their own (a transparent layer is
 * quick to draw) and laid over the hero's backdrop; a photo drawn into the PNG renderer would
 * double the time and make a file over the 300 KB WhatsApp shows.
 */
export async function renderArticleCard(input: ArticleCardInput): Promise<Response> {
  const [fonts, backdrop] = await Promise.all([
    loadOgFonts(),
    input.heroSrc ? heroBackdrop(input.heroSrc, input.heroFocal ?? centre, { ...shareImageSize, band: squareBand }) : null,
  ]);
  const words = await new ImageResponse(<Words input={input} overPhoto={backdrop !== null} />, { ...shareImageSize, fonts }).arrayBuffer();
  const card = backdrop ? sharp(backdrop.data, { raw: backdrop.info }).composite([{ input: Buffer.from(words) }]) : sharp(Buffer.from(words)).flatten({ background: paper });
  // 4:4:4 keeps the red rule and the small type free of colour fringes.
  const jpeg = await card.jpeg({ quality: 86, chromaSubsampling: '4:4:4' }).toBuffer();
  return new Response(new Uint8Array(jpeg), { headers: { ...headers, 'Content-Type': 'image/jpeg' } });
}

function Words({ input, overPhoto }: { input: ArticleCardInput; overPhoto: boolean }) {
  const headline = clip(input.headline, 180);
  // Over the photo the words are white on its darkened band; without one, ink on paper.
  const colours = overPhoto ? { text: paper, quiet: '#dcd9d2', kicker: '#f2b8ba' } : { text: ink, quiet: muted, kicker: accent };
  return (
    <div style={{ display: 'flex', position: 'relative', width: '100%', height: '100%', color: colours.text }}>
      <div style={{ position: 'absolute', left: 0, top: 0, width: '100%', height: 14, background: accent }} />
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          position: 'absolute',
          left: readableColumn.left,
          width: readableColumn.width,
          top: 14,
          bottom: 0,
          padding: '36px 0 40px',
        }}
      >
        <div style={{ display: 'flex', alignItems: 'center', fontFamily: 'Sans', fontSize: 22 }}>
          <span style={{ fontFamily: 'Serif', fontWeight: 700, fontSize: 30 }}>{input.publication}</span>
          <span style={{ margin: '0 12px', color: colours.quiet }}>·</span>
          <span style={{ color: colours.kicker, fontWeight: 700, textTransform: 'uppercase', letterSpacing: 2 }}>{clip(input.section, 24)}</span>
        </div>
        <div style={{ display: 'flex', flex: 1, alignItems: 'center' }}>
          <div style={{ fontFamily: 'Serif', fontWeight: 700, fontSize: headlineFontSize(headline), lineHeight: 1.1 }}>{headline}</div>
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', fontFamily: 'Sans', fontSize: 22, color: colours.quiet }}>
          <span style={{ color: colours.text, fontWeight: 700 }}>{clip(input.byline, 48)}</span>
          <span>{input.date}</span>
        </div>
      </div>
    </div>
  );
}
