// Languages written right to left: an article in one of them is laid out that way (its headline,
// its text, its lists), whatever the language of the site around it.
const rightToLeft = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** `dir` for an element in `language` (a BCP 47 tag such as "ar" or "ar-EG"); undefined for left to right. */
export function textDirection(language: string): 'rtl' | undefined {
  return rightToLeft.has(language.toLowerCase().split('-')[0] ?? '') ? 'rtl' : undefined;
}
