// Safe for the client: what a media file's name and address look like.

export const mediaNamePattern = /^[a-z0-9][a-z0-9-]*\.(webp|png|jpe?g|avif)$/;

/** "/media/<name>", as pictures are addressed in articles and the library. */
export const mediaSrcPattern = /^\/media\/[a-z0-9][a-z0-9-]*\.(webp|png|jpe?g|avif)$/;

const contentTypes: Record<string, string> = {
  webp: 'image/webp',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  avif: 'image/avif',
};

/** The Content-Type a media file is served with, from its name (the name says what it is). */
export function mediaContentType(name: string): string {
  return contentTypes[name.split('.').pop() ?? ''] ?? 'application/octet-stream';
}
