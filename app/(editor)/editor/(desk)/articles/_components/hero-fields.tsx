'use client';

import { useRef, useState } from 'react';
import { Field, inputClass } from '@/components/editor/field';
import { focalPercents } from '@/lib/media/focal';
import type { LibraryPicture } from '@/lib/media/library';
import { maxUploadBytes } from '@/lib/media/upload-limits';
import { FocalPointPicker, type FocalPercents, type Picture } from './focal-point-picker';
import { HeroLibraryPicker } from './hero-library-picker';

interface Props {
  /** The form's values as typed (or handed back by a refused save). */
  values: Record<string, string>;
  errors: Partial<Record<string, string[]>>;
  /** The hero as stored, with the point its crops are made around. */
  hero?: Picture & { focal: FocalPercents };
  /** A library picture became the hero and filled in its words (its address), or a file replaced it (null). */
  onLibraryHero: (src: string | null) => void;
  onFocalMoved: (focal: FocalPercents) => void;
}

const centre = { x: 50, y: 50 };

/** The article's hero: upload one or pick one from the library, its words, and its focal point. */
export function HeroFields({ values, errors, hero, onLibraryHero, onFocalMoved }: Props) {
  const fieldset = useRef<HTMLFieldSetElement>(null);
  // Said at once, beside the field: a file over the limit would otherwise be refused whole by
  // the server (413), form and all.
  const [fileError, setFileError] = useState<string | null>(null);
  // The picture the focal point is set on: a file just chosen (not uploaded yet), or the hero.
  const [chosen, setChosen] = useState<Picture | null>(null);
  const picture = chosen ?? hero ?? null;
  /** Shows another picture; a file's preview made before it is let go. */
  const showPicture = (next: Picture | null) =>
    setChosen((previous) => {
      if (previous?.src.startsWith('blob:')) URL.revokeObjectURL(previous.src);
      return next;
    });
  const [focal, setFocal] = useState<FocalPercents>(() => focalFromValues(values) ?? hero?.focal ?? centre);
  const [fromLibrary, setFromLibrary] = useState<string | null>(null);

  const pickHero = (picked: LibraryPicture) => {
    const form = fieldset.current!.form!;
    const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
    // The words the library keeps come with the picture, to be changed here if this story needs.
    field('heroAlt').value = picked.alt;
    field('heroCaption').value = picked.caption ?? '';
    field('heroCredit').value = picked.credit ?? '';
    field('heroFile').value = '';
    setFileError(null);
    setFromLibrary(picked.src);
    showPicture({ src: picked.src, width: picked.width, height: picked.height });
    setFocal(focalPercents(picked.focal));
    onLibraryHero(picked.src);
  };
  const moveFocal = (next: FocalPercents) => {
    setFocal(next);
    onFocalMoved(next);
  };

  return (
    <fieldset ref={fieldset} className="grid gap-3 border border-rule p-4">
      <legend className="px-1 font-semibold">Hero image</legend>
      <Field id="heroFile" label="Upload a new image (JPEG, PNG or WebP, up to 10 MB)" errors={fileError ? [fileError] : errors.heroFile}>
        {(describedBy) => (
          <input
            id="heroFile"
            name="heroFile"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            aria-describedby={describedBy}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              const tooLarge = file !== undefined && file.size > maxUploadBytes;
              setFileError(tooLarge ? `${file.name} is larger than 10 MB. Export a smaller copy and upload that.` : null);
              if (tooLarge) e.currentTarget.value = '';
              setFromLibrary(null);
              onLibraryHero(null);
              void pictureOf(tooLarge ? undefined : file).then((next) => {
                showPicture(next);
                // A new picture starts from its centre; with none, the hero keeps its own point.
                setFocal(next ? centre : (hero?.focal ?? centre));
              });
            }}
          />
        )}
      </Field>
      {(['heroAlt', 'heroCaption', 'heroCredit'] as const).map((name) => (
        <Field key={name} id={name} label={{ heroAlt: 'Alt text', heroCaption: 'Caption', heroCredit: 'Credit' }[name]} errors={errors[name]}>
          {(describedBy) => <input id={name} name={name} defaultValue={values[name]} aria-describedby={describedBy} className={inputClass} />}
        </Field>
      ))}
      <HeroLibraryPicker onPick={pickHero} />
      {fromLibrary ? <input type="hidden" name="heroFromLibrary" value={fromLibrary} /> : null}
      {picture ? <FocalPointPicker picture={picture} focal={focal} onChange={moveFocal} /> : null}
    </fieldset>
  );
}

function focalFromValues(values: Record<string, string>): FocalPercents | null {
  const [x, y] = [Number(values.heroFocalX), Number(values.heroFocalY)];
  return values.heroFocalX && values.heroFocalY && Number.isFinite(x) && Number.isFinite(y) ? { x, y } : null;
}

/** A chosen file as a picture the browser can show, with its size; null for no file or not a picture. */
function pictureOf(file: File | undefined): Promise<Picture | null> {
  if (!file) return Promise.resolve(null);
  const src = URL.createObjectURL(file);
  return new Promise((resolve) => {
    const image = new Image();
    image.onload = () => resolve({ src, width: image.naturalWidth, height: image.naturalHeight });
    image.onerror = () => resolve(null);
    image.src = src;
  });
}
