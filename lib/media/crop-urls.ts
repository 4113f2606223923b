import { focalPercents, type CropName, type FocalPoint } from './focal';

// Addresses of a picture's crops: for the JSON-LD image list (Google asks for 16:9, 4:3 and 1:1)
// and anyone else who needs the picture at one shape. The focal point is part of the address, so
// a crop never changes under it and is cached for good; moving the point makes new addresses.

function nameOf(src: string): string {
  return src.replace(/^\/media\//, '');
}

export function cropUrl(src: string, crop: CropName, focal: FocalPoint): string {
  const { x, y } = focalPercents(focal);
  return `/media/crop/${crop}-${x}-${y}/${nameOf(src)}`;
}

const variantPattern = /^(16x9|4x3|1x1)-(\d{1,3})-(\d{1,3})$/;

/** The crop a URL's variant names ("16x9-40-55"), or null for anything else. */
export function parseCropVariant(variant: string): { crop: CropName; focal: FocalPoint } | null {
  const match = variantPattern.exec(variant);
  if (!match) return null;
  const [x, y] = [Number(match[2]), Number(match[3])];
  if (x > 100 || y > 100) return null;
  return { crop: match[1] as CropName, focal: { x: x / 100, y: y / 100 } };
}

