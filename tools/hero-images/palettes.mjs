/**
 * One palette per section, so an illustration wears its section's colours.
 * Motifs tint with mix() between palette colours rather than bringing their own.
 */

export const PALETTES = {
  // Sand, slate navy, sea teal, brick red.
  world: {
    bg: '#EFE8DA', bg2: '#DCCFB8', ink: '#1D2833', deep: '#2C4860', water: '#4E8193',
    land: '#C59F62', accent: '#C4513A', light: '#F8F3EA', muted: '#93A9A8', leaf: '#5E7F5B',
  },
  // Terracotta, teak brown, ochre, forest green.
  indonesia: {
    bg: '#F3E5D0', bg2: '#E6CDAA', ink: '#35201A', deep: '#7B2F22', water: '#3E6F6B',
    land: '#B9853E', accent: '#D44A2E', light: '#FCF4E7', muted: '#A39073', leaf: '#4F7446',
  },
  // Cool paper, ink blue, steel, mustard.
  business: {
    bg: '#E8ECEF', bg2: '#D2DBE2', ink: '#16222D', deep: '#23415B', water: '#4B7598',
    land: '#A4AFB6', accent: '#E0A22A', light: '#F7F9FA', muted: '#7E95A6', leaf: '#3F7A5B',
  },
  // Blush paper, plum, aubergine, burnt orange.
  opinion: {
    bg: '#F1E7E2', bg2: '#E2CFC8', ink: '#2A1E2C', deep: '#4C3453', water: '#6E6189',
    land: '#BC967E', accent: '#D6603A', light: '#FAF5F2', muted: '#A68FA0', leaf: '#6A7D55',
  },
  // Pale cyan, midnight indigo, ocean, signal orange.
  'science-tech': {
    bg: '#E5EEF0', bg2: '#CADCE2', ink: '#0F1C2C', deep: '#1B3558', water: '#2D7B9A',
    land: '#8BAA9C', accent: '#EF873A', light: '#F5FAFB', muted: '#7EA5B6', leaf: '#3C8C72',
  },
  // Cream, burgundy, indigo, turmeric.
  culture: {
    bg: '#F2E6D6', bg2: '#E4CFB2', ink: '#2A1921', deep: '#6A2037', water: '#2E4A7B',
    land: '#C69B43', accent: '#D9772B', light: '#FBF4E8', muted: '#A28D79', leaf: '#4E7254',
  },
};

function hexToRgb(hex) {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
/** Mix two hex colours; t=0 → a, t=1 → b. Keeps tints within the palette family. */
export function mix(a, b, t) {
  const A = hexToRgb(a);
  const B = hexToRgb(b);
  return (
    '#' +
    A.map((v, i) => Math.round(v + (B[i] - v) * t).toString(16).padStart(2, '0')).join('').toUpperCase()
  );
}
