import { describe, expect, it } from 'vitest';
import { cropBox, cropRatios, objectPosition } from './focal';

describe('crops around a focal point', () => {
  it('takes the largest window of the ratio, centred on the point', () => {
    expect(cropBox(1600, 900, 1, { x: 0.5, y: 0.5 })).toEqual({ left: 350, top: 0, width: 900, height: 900 });
    expect(cropBox(1600, 900, cropRatios['4x3'], { x: 0.4, y: 0.5 })).toEqual({ left: 40, top: 0, width: 1200, height: 900 });
  });

  it('stops at the picture’s edges rather than leaving it', () => {
    expect(cropBox(1600, 900, 1, { x: 0.95, y: 0.5 })).toEqual({ left: 700, top: 0, width: 900, height: 900 });
    expect(cropBox(1600, 900, 1, { x: 0, y: 0.5 })).toEqual({ left: 0, top: 0, width: 900, height: 900 });
  });

  it('crops a portrait phone photo from top to bottom', () => {
    expect(cropBox(3000, 4000, cropRatios['16x9'], { x: 0.5, y: 0.6 })).toEqual({ left: 0, top: 1556, width: 3000, height: 1688 });
    expect(cropBox(3000, 4000, cropRatios['16x9'], { x: 0.5, y: 0.1 }).top).toBe(0);
  });

  it('tells the page the object-position that shows the same window', () => {
    const box = cropBox(1600, 900, 1, { x: 0.8, y: 0.5 });
    const [x] = objectPosition(1600, 900, 1, { x: 0.8, y: 0.5 }).split(' ');
    // object-position p% puts p% of the spare width to the left of the frame.
    expect(Number.parseFloat(x!) / 100).toBeCloseTo(box.left / (1600 - box.width), 2);
    // A picture already at the ratio has nothing to move.
    expect(objectPosition(1600, 900, cropRatios['16x9'], { x: 0.1, y: 0.9 })).toBe('50% 50%');
  });
});
