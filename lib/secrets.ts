import 'server-only';

/** The app's signing secret (Auth.js sessions, client hashes). Never defaulted: see prepare.mjs. */
export function getAuthSecret(): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret || secret.length < 32) {
    throw new Error('AUTH_SECRET is missing or shorter than 32 characters. `npm start` generates one in .env.local.');
  }
  return secret;
}
