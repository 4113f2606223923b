import { ImageResponse } from 'next/og';
import { OgText } from './og-text';
import { ink, paper } from './render';
import { prepareCardText } from './text';

/** The publisher logo named in structured data: the wordmark, 600×60 as news publishers use. */
export async function renderLogo(name: string): Promise<ImageResponse> {
  const { fields, fonts } = await prepareCardText({ name: { text: name, role: 'serif', weight: 700, size: 48, color: ink } });
  return new ImageResponse(
    (
      <div style={{ display: 'flex', width: '100%', height: '100%', alignItems: 'center', justifyContent: 'center', background: paper }}>
        <OgText value={fields.name} />
      </div>
    ),
    { width: 600, height: 60, fonts },
  );
}
