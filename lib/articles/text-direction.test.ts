import { describe, expect, it } from 'vitest';
import { textDirection } from './text-direction';

describe('textDirection', () => {
  it('lays Arabic, Persian, Hebrew and Urdu out right to left, in any region', () => {
    expect(['ar', 'ar-EG', 'fa', 'he', 'ur'].map(textDirection)).toEqual(['rtl', 'rtl', 'rtl', 'rtl', 'rtl']);
  });

  it('leaves every other language to the page', () => {
    expect(['en', 'id', 'ja', 'hi', 'th', 'ru'].map(textDirection)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});
