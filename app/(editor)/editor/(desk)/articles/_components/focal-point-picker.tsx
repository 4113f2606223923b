'use client';

import { useId } from 'react';
import { cropNames, cropRatios, objectPosition, type CropName } from '@/lib/media/focal';

export interface Picture {
  src: string;
  width: number;
  height: number;
}

/** Whole percentages across and down, as the form sends them. */
export interface FocalPercents {
  x: number;
  y: number;
}

interface Props {
  picture: Picture;
  focal: FocalPercents;
  onChange: (focal: FocalPercents) => void;
}

const cropLabels: Record<CropName, string> = {
  '16x9': '16:9, the page and cards',
  '4x3': '4:3',
  '1x1': '1:1, square',
};

const clampPercent = (value: number) => Math.min(100, Math.max(0, Math.round(value)));

/**
 * The hero's focal point: click the picture where its subject is, or move the two sliders (the
 * keyboard's way to the same thing). Beside it, the crops that will be made around the point.
 */
export function FocalPointPicker({ picture, focal, onChange }: Props) {
  const hintId = useId();
  const point = { x: focal.x / 100, y: focal.y / 100 };
  const pick = (event: React.MouseEvent<HTMLImageElement>) => {
    const frame = event.currentTarget.getBoundingClientRect();
    onChange({ x: clampPercent(((event.clientX - frame.left) / frame.width) * 100), y: clampPercent(((event.clientY - frame.top) / frame.height) * 100) });
  };

  return (
    <fieldset className="grid gap-3" aria-describedby={hintId}>
      <legend className="font-semibold">Focal point</legend>
      <p id={hintId} className="text-sm text-muted">
        Click the picture where its subject is: every crop keeps that point in view.
      </p>
      <div className="relative">
        {/* eslint-disable-next-line @next/next/no-img-element -- the editor sees the picture as uploaded; the sliders below are the keyboard’s way to set the point */}
        <img src={picture.src} alt="The hero image: click to set its focal point" onClick={pick} className="block h-auto w-full cursor-crosshair" data-focal-picture="" />
        <span
          aria-hidden="true"
          className="pointer-events-none absolute size-6 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-paper shadow-[0_0_0_2px_#15161a]"
          style={{ left: `${focal.x}%`, top: `${focal.y}%` }}
        />
      </div>
      <div className="grid grid-cols-2 gap-4">
        {(['x', 'y'] as const).map((axis) => (
          <label key={axis} className="grid gap-1 text-sm font-semibold">
            {axis === 'x' ? 'Across' : 'Down'}: {focal[axis]}%
            <input
              type="range"
              name={axis === 'x' ? 'heroFocalX' : 'heroFocalY'}
              min={0}
              max={100}
              value={focal[axis]}
              onChange={(event) => onChange({ ...focal, [axis]: Number(event.currentTarget.value) })}
            />
          </label>
        ))}
      </div>
      <div className="grid grid-cols-3 items-start gap-3">
        {cropNames.map((crop) => (
          <figure key={crop} className="grid gap-1">
            {/* eslint-disable-next-line @next/next/no-img-element -- a preview of the crop, drawn by the browser */}
            <img
              src={picture.src}
              alt=""
              className="w-full border border-rule object-cover"
              style={{ aspectRatio: cropRatios[crop], objectPosition: objectPosition(picture.width, picture.height, cropRatios[crop], point) }}
              data-crop={crop}
            />
            <figcaption className="text-xs text-muted">{cropLabels[crop]}</figcaption>
          </figure>
        ))}
      </div>
    </fieldset>
  );
}
