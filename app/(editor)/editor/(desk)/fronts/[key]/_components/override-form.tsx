'use client';

import { useActionState, useState } from 'react';
import { Field, inputClass } from '@/components/editor/field';
import { SubmitButton } from '@/components/editor/submit-button';
import { cropRatios, objectPosition } from '@/lib/media/focal';
import { overrideLimits, type FrontFormState } from '@/lib/fronts/schema';

interface Props {
  action: (previous: FrontFormState, formData: FormData) => Promise<FrontFormState>;
  fields: Record<string, string | number>;
  idPrefix: string;
  /** The article's own words and picture, shown as what an empty field keeps. */
  article: {
    headline: string;
    hero: { src: string; width: number; height: number; focal: { x: number; y: number } } | null;
  };
  values: { headline: string; kicker: string; focalX: string; focalY: string };
}

const kickers = ['Live', 'Analysis', 'Opinion', 'Explainer', 'Exclusive', 'Breaking'];

/** A pinned article's words and crop on this front only. Empty fields keep the article's own. */
export function OverrideForm({ action, fields, idPrefix, article, values }: Props) {
  const [state, formAction] = useActionState<FrontFormState, FormData>(action, { status: 'idle' });
  const [focal, setFocal] = useState({ x: values.focalX, y: values.focalY });
  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  const id = (name: string) => `${idPrefix}-${name}`;
  const hero = article.hero;
  // As the action reads it: both empty, the article's own point; one empty, the middle on that axis.
  const share = (value: string) =>
    value === '' ? 0.5 : Math.min(100, Math.max(0, Number(value))) / 100;
  const point = hero
    ? focal.x === '' && focal.y === ''
      ? hero.focal
      : { x: share(focal.x), y: share(focal.y) }
    : null;
  return (
    <form action={formAction} className="grid gap-4 sm:grid-cols-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Field
        id={id('headline')}
        label="Headline on this front"
        hint={`Empty: “${article.headline}”.`}
        errors={errors.headline}
      >
        {(describedBy) => (
          <input
            id={id('headline')}
            name="headline"
            defaultValue={values.headline}
            maxLength={overrideLimits.headline}
            aria-describedby={describedBy}
            aria-invalid={Boolean(errors.headline)}
            className={inputClass}
          />
        )}
      </Field>
      <Field
        id={id('kicker')}
        label="Kicker"
        hint="A word above the headline, such as Analysis. Empty: the section."
        errors={errors.kicker}
      >
        {(describedBy) => (
          <>
            <input
              id={id('kicker')}
              name="kicker"
              list={id('kickers')}
              defaultValue={values.kicker}
              maxLength={overrideLimits.kicker}
              aria-describedby={describedBy}
              aria-invalid={Boolean(errors.kicker)}
              className={inputClass}
            />
            <datalist id={id('kickers')}>
              {kickers.map((k) => (
                <option key={k} value={k} />
              ))}
            </datalist>
          </>
        )}
      </Field>
      {hero && point ? (
        <fieldset className="grid gap-3 sm:col-span-2 sm:grid-cols-[1fr_12rem]">
          <legend className="font-semibold">
            Focal point of the picture on this front (percent; empty: the article’s)
          </legend>
          <div className="grid grid-cols-2 gap-3">
            {(['x', 'y'] as const).map((axis) => (
              <Field
                key={axis}
                id={id(`focal-${axis}`)}
                label={axis === 'x' ? 'Across' : 'Down'}
                errors={errors[axis === 'x' ? 'focalX' : 'focalY']}
              >
                {(describedBy) => (
                  <input
                    id={id(`focal-${axis}`)}
                    name={axis === 'x' ? 'focalX' : 'focalY'}
                    type="number"
                    min={0}
                    max={100}
                    value={focal[axis]}
                    onChange={(e) => setFocal({ ...focal, [axis]: e.currentTarget.value })}
                    aria-describedby={describedBy}
                    className={inputClass}
                  />
                )}
              </Field>
            ))}
          </div>
          {/* eslint-disable-next-line @next/next/no-img-element -- a preview of the crop the cards will show, drawn by the browser */}
          <img
            src={hero.src}
            alt=""
            className="w-full border border-rule object-cover"
            style={{
              aspectRatio: cropRatios['16x9'],
              objectPosition: objectPosition(hero.width, hero.height, cropRatios['16x9'], point),
            }}
          />
        </fieldset>
      ) : null}
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <SubmitButton variant="secondary" pendingLabel="Saving…">
          Save overrides
        </SubmitButton>
        <p aria-live="polite" className="text-sm font-semibold text-accent-dark">
          {state.status === 'error' ? state.message : ''}
        </p>
      </div>
    </form>
  );
}
