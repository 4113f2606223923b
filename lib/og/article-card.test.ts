import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderArticleCard, squareBand } from './article-card';

const longHeadline = 'Provincial transport board approves a second ferry route across the strait after a year of delays and two rounds of public hearings';

async function card(heroSrc: string | null) {
  const response = await renderArticleCard({
    publication: 'Dateline',
    section: 'Indonesia',
    headline: longHeadline,
    byline: 'News Desk (Kyodo News) and Rina Hartono',
    date: 'Sat, November 28, 2026',
    heroSrc,
  });
  return { type: response.headers.get('Content-Type'), bytes: Buffer.from(await response.arrayBuffer()) };
}

describe('the article share image', () => {
  it('keeps every word inside the middle square WhatsApp shows', async () => {
    const { type, bytes } = await card(null);
    expect(type).toBe('image/jpeg');
    const { data, info } = await sharp(bytes).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    expect(info).toMatchObject({ width: 1200, height: 630 });
    // Below the red rule along the top, the strips either side of the square are bare paper.
    const inkOutsideSquare = (from: number, to: number) => {
      let dark = 0;
      for (let y = 20; y < info.height; y++) {
        for (let x = from; x < to; x++) if (data[(y * info.width + x) * 3]! < 200) dark++;
      }
      return dark;
    };
    expect(inkOutsideSquare(0, squareBand.left)).toBe(0);
    expect(inkOutsideSquare(squareBand.left + squareBand.width, info.width)).toBe(0);
    // … and the square itself holds the headline.
    expect(inkOutsideSquare(squareBand.left, squareBand.left + squareBand.width)).toBeGreaterThan(5000);
  });
});
