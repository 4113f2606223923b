import { escapeXml } from './xml';

export interface RssItem {
  title: string;
  link: string;
  description: string;
  publishedAt: string;
  categories?: string[];
  creator?: string;
}

export interface RssChannel {
  title: string;
  link: string;
  selfUrl: string;
  description: string;
  language: string;
  items: RssItem[];
}

/** RSS 2.0 with absolute links, RFC 822 dates, an atom:link to itself and dc:creator bylines. */
export function buildRss(channel: RssChannel): string {
  const latest = channel.items.map((i) => i.publishedAt).sort().at(-1);
  const items = channel.items
    .map(
      (item) => `    <item>
      <title>${escapeXml(item.title)}</title>
      <link>${escapeXml(item.link)}</link>
      <guid isPermaLink="true">${escapeXml(item.link)}</guid>
      <pubDate>${new Date(item.publishedAt).toUTCString()}</pubDate>
      <description>${escapeXml(item.description)}</description>${(item.categories ?? [])
        .map((c) => `\n      <category>${escapeXml(c)}</category>`)
        .join('')}${item.creator ? `\n      <dc:creator>${escapeXml(item.creator)}</dc:creator>` : ''}
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${escapeXml(channel.title)}</title>
    <link>${escapeXml(channel.link)}</link>
    <description>${escapeXml(channel.description)}</description>
    <language>${escapeXml(channel.language)}</language>
    <atom:link href="${escapeXml(channel.selfUrl)}" rel="self" type="application/rss+xml"/>${
      latest ? `\n    <lastBuildDate>${new Date(latest).toUTCString()}</lastBuildDate>` : ''
    }
${items}
  </channel>
</rss>
`;
}
