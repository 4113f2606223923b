import { ImageResponse } from 'next/og';
import sharp from 'sharp';
import { centre, type FocalPoint } from '../media/focal';
import { heroBackdrop } from './hero';
import { OgText } from './og-text';
import { accent, clip, displayLength, headers, ink, muted, paper, shareImageSize } from './render';
import { prepareCardText, type PreparedText, type TextField } from './text';

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
  /** Running as live coverage: the card carries a LIVE mark while it does. */
  live?: boolean;
}

/** Long headlines step down in size so they always fit the column in six lines. */
export function headlineFontSize(headline: string): number {
  const steps = [[40, 64], [70, 54], [100, 46], [140, 40]];
  const length = displayLength(headline);
  return steps.find(([max]) => length <= max!)?.[1] ?? 34;
}

/**
 * The article's share image as JPEG. The words are drawn on their own (a transparent layer is
 * quick to draw) and laid over the hero's backdrop; a photo drawn into the PNG renderer would
 * double the time and make a file over the 300 KB WhatsApp shows.
 */
export async function renderArticleCard(input: ArticleCardInput): Promise<Response> {
  const backdrop = input.heroSrc ? await heroBackdrop(input.heroSrc, input.heroFocal ?? centre, { ...shareImageSize, band: squareBand }) : null;
  // Over the photo the words are white on its darkened band; without one, ink on paper.
  const colours = backdrop ? { text: paper, quiet: '#dcd9d2', kicker: '#f2b8ba' } : { text: ink, quiet: muted, kicker: accent };
  const { fields, fonts } = await prepareCardText(cardText(input, colours));
  const words = await new ImageResponse(<Words text={fields} live={input.live ?? false} />, { ...shareImageSize, fonts }).arrayBuffer();
  const card = backdrop ? sharp(backdrop.data, { raw: backdrop.info }).composite([{ input: Buffer.from(words) }]) : sharp(Buffer.from(words)).flatten({ background: paper });
  // 4:4:4 keeps the red rule and the small type free of colour fringes.
  const jpeg = await card.jpeg({ quality: 86, chromaSubsampling: '4:4:4' }).toBuffer();
  return new Response(new Uint8Array(jpeg), { headers: { ...headers, 'Content-Type': 'image/jpeg' } });
}

function cardText(input: ArticleCardInput, colours: { text: string; quiet: string; kicker: string }) {
  const headline = clip(input.headline, 180);
  const width = readableColumn.width;
  return {
    live: { text: 'Live', role: 'sans', weight: 700, size: 22, uppercase: true, letterSpacing: 2, color: paper },
    publication: { text: input.publication, role: 'serif', weight: 700, size: 30, color: colours.text },
    separator: { text: '·', role: 'sans', weight: 400, size: 22, color: colours.quiet },
    section: { text: clip(input.section, 24), role: 'sans', weight: 700, size: 22, uppercase: true, letterSpacing: 2, color: colours.kicker },
    headline: { text: headline, role: 'serif', weight: 700, size: headlineFontSize(headline), lineHeight: 1.1, color: colours.text, width },
    byline: { text: clip(input.byline, 48), role: 'sans', weight: 700, size: 22, color: colours.text, width },
    date: { text: input.date, role: 'sans', weight: 400, size: 22, color: colours.quiet, width },
  } satisfies Record<string, TextField>;
}

function Words({ text, live }: { text: Record<keyof ReturnType<typeof cardText>, PreparedText>; live: boolean }) {
  return (
    <div style={{ display: 'flex', position: 'relative', width: '100%', height: '100%' }}>
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
        <div style={{ display: 'flex', alignItems: 'center' }}>
          {live ? (
            <div style={{ display: 'flex', alignItems: 'center', background: accent, padding: '4px 12px', marginRight: 16 }}>
              <div style={{ width: 12, height: 12, borderRadius: 6, background: paper, marginRight: 8 }} />
              <OgText value={text.live} />
            </div>
          ) : null}
          <OgText value={text.publication} />
          <OgText value={text.separator} style={{ margin: '0 12px' }} />
          <OgText value={text.section} />
        </div>
        <div style={{ display: 'flex', flex: 1, alignItems: 'center' }}>
          <OgText value={text.headline} block />
        </div>
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <OgText value={text.byline} />
          <OgText value={text.date} />
        </div>
      </div>
    </div>
  );
}
