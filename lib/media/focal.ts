import { z } from 'zod';

// A picture's focal point, and the crops made around it. The point is a fraction of the width and
// height (0 to 1) so that it holds for every size the picture is served at.

export interface FocalPoint {
  x: number;
  y: number;
}

export const centre: FocalPoint = { x: 0.5, y: 0.5 };

/** The crops Google asks for in an article's structured data, also used on the page. */
export const cropRatios = { '16x9': 16 / 9, '4x3': 4 / 3, '1x1': 1 } as const;
export type CropName = keyof typeof cropRatios;
export const cropNames = Object.keys(cropRatios) as CropName[];

/** A focal point's coordinate as the article form sends it: a whole percentage, or nothing. */
export const focalPercent = z.preprocess((value) => (value === '' || value === null ? undefined : value), z.coerce.number().int().min(0).max(100).optional());

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The largest window of the given aspect ratio inside the picture, centred on the focal point as
 * far as the picture's edges allow.
 */
export function cropBox(width: number, height: number, ratio: number, focal: FocalPoint): Box {
  const boxWidth = Math.min(width, Math.round(height * ratio));
  const boxHeight = Math.min(height, Math.round(boxWidth / ratio));
  const place = (point: number, size: number, box: number) => Math.round(Math.min(Math.max(point * size - box / 2, 0), size - box));
  return { left: place(focal.x, width, boxWidth), top: place(focal.y, height, boxHeight), width: boxWidth, height: boxHeight };
}

/**
 * The CSS `object-position` that shows the same window as cropBox when the picture fills a frame
 * of that ratio with `object-fit: cover`: the page and the crop files agree.
 */
export function objectPosition(width: number, height: number, ratio: number, focal: FocalPoint): string {
  const box = cropBox(width, height, ratio, focal);
  const share = (offset: number, spare: number) => (spare > 0 ? Math.round((offset / spare) * 1000) / 10 : 50);
  return `${share(box.left, width - box.width)}% ${share(box.top, height - box.height)}%`;
}

/** Whole percentages, as the point travels in crop URLs and form fields. */
export function focalPercents(focal: FocalPoint): { x: number; y: number } {
  return { x: Math.round(focal.x * 100), y: Math.round(focal.y * 100) };
}
