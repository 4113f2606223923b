import { createHash } from 'node:crypto';
import anyAscii from 'any-ascii';

// Frozen: slugify and nameId as lib/articles/slug.ts had them when migration 006 was written
// (d78af52). A migration replays the code it ran, not today's, so this copy never follows that file.

const syllabic = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

export function slugify(text: string): string {
  return anyAscii(text.normalize('NFKC').replace(syllabic, (c) => ` ${c} `))
    .toLowerCase()
    .replace(/&/g, ' ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function nameId(name: string): string {
  return BigInt(`0x${createHash('sha256').update(name.normalize('NFKC')).digest('hex').slice(0, 12)}`).toString(36).slice(0, 6);
}
