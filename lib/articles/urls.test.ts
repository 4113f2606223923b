import { describe, expect, it } from 'vitest';
import { slugify } from './slug';
import { articlePath, sectionPath, tagPath } from './urls';

describe('articlePath', () => {
  it('carries section and the local publication date', () => {
    const path = articlePath({ section: 'world', slug: 'talks-stall', publishedAt: '2026-11-26T19:10:00Z' }, 'Asia/Jakarta');
    expect(path).toBe('/world/2026/11/27/talks-stall');
  });
});

describe('listing paths', () => {
  it('keeps page 1 at the bare address', () => {
    expect(sectionPath('business')).toBe('/business');
    expect(sectionPath('business', 1)).toBe('/business');
    expect(sectionPath('business', 3)).toBe('/business/page/3');
    expect(tagPath('urban-life', 2)).toBe('/tag/urban-life/page/2');
  });
});

describe('slugify', () => {
  it('makes URL-safe slugs from names with diacritics and symbols', () => {
    expect(slugify('Science & Tech')).toBe('science-tech');
    expect(slugify('Tomás Ferreira')).toBe('tomas-ferreira');
    expect(slugify('  Human   Rights ')).toBe('human-rights');
  });
});
