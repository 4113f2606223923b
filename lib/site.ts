import { getEnv } from './env';

// The publication's identity, set in one place (overridable through the environment).
export function getSite() {
  const env = getEnv();
  return {
    name: env.PUBLICATION_NAME,
    url: env.SITE_URL.replace(/\/$/, ''),
    timeZone: env.PUBLICATION_TIME_ZONE,
    language: env.PUBLICATION_LANGUAGE,
    tagline: 'Independent news from Indonesia and the world',
  };
}

export function absoluteUrl(path: string): string {
  return `${getSite().url}${path.startsWith('/') ? path : `/${path}`}`;
}
