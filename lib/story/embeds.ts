import type { embedProviders } from './schema';

// Embeds are click-to-load: the page holds a link, and only a reader's click asks the third
// party for anything. This is what each provider's player or post frame is, given its URL.

type Provider = (typeof embedProviders)[number];

const patterns: Record<Provider, { name: string; match: RegExp; frame: (id: string) => string }> = {
  youtube: {
    name: 'YouTube',
    match: /^https:\/\/(?:www\.|m\.)?(?:youtube\.com\/(?:watch\?(?:.*&)?v=|shorts\/|embed\/)|youtu\.be\/)([\w-]{11})/,
    frame: (id) => `https://www.youtube-nocookie.com/embed/${id}?autoplay=1`,
  },
  x: {
    name: 'X',
    match: /^https:\/\/(?:www\.)?(?:x|twitter)\.com\/\w{1,15}\/status\/(\d{1,25})/,
    frame: (id) => `https://platform.twitter.com/embed/Tweet.html?id=${id}`,
  },
  instagram: {
    name: 'Instagram',
    match: /^https:\/\/(?:www\.)?instagram\.com\/(?:p|reel)\/([\w-]{5,40})/,
    frame: (id) => `https://www.instagram.com/p/${id}/embed`,
  },
  tiktok: {
    name: 'TikTok',
    match: /^https:\/\/(?:www\.)?tiktok\.com\/@[\w.-]{1,40}\/video\/(\d{5,25})/,
    frame: (id) => `https://www.tiktok.com/embed/v2/${id}`,
  },
};

export const embedFrameOrigins = ['https://www.youtube-nocookie.com', 'https://platform.twitter.com', 'https://www.instagram.com', 'https://www.tiktok.com'];

/** Which provider a pasted URL belongs to, and the frame it loads; null for anything else. */
export function parseEmbedUrl(url: string): { provider: Provider; name: string; frameSrc: string } | null {
  for (const [provider, { name, match, frame }] of Object.entries(patterns) as [Provider, (typeof patterns)[Provider]][]) {
    const id = match.exec(url.trim())?.[1];
    if (id) return { provider, name, frameSrc: frame(id) };
  }
  return null;
}
