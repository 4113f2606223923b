// Safe for the client: what a media file's name and address look like.

export const mediaNamePattern = /^[a-z0-9][a-z0-9-]*\.(webp|png|jpe?g|avif)$/;

/** "/media/<name>", as pictures are addressed in articles and the library. */
export const mediaSrcPattern = /^\/media\/[a-z0-9][a-z0-9-]*\.(webp|png|jpe?g|avif)$/;
