'use client';

import { useActionState, useState } from 'react';
import { Field, inputClass } from '@/components/editor/field';
import { SubmitButton } from '@/components/editor/submit-button';
import {
  containerLayouts,
  layoutInfo,
  type ContainerLayout,
  type FrontFormState,
} from '@/lib/fronts/schema';
import { ruleChoices } from './labels';

export interface ContainerValues {
  title: string;
  layout: ContainerLayout;
  slots: number;
  /** 'latest', 'section:<slug>', 'tag', 'live' or 'none'. */
  rule: string;
  tag: string;
  allowDuplicates: boolean;
}

interface Props {
  action: (previous: FrontFormState, formData: FormData) => Promise<FrontFormState>;
  fields: Record<string, string | number>;
  values: ContainerValues;
  /** Unique on the page: the fields' ids start with it. */
  idPrefix: string;
  submitLabel: string;
  pendingLabel: string;
}

/** A container's settings: its title, layout, number of slots, what fills them, and repeats. */
export function ContainerForm({
  action,
  fields,
  values,
  idPrefix,
  submitLabel,
  pendingLabel,
}: Props) {
  const [state, formAction] = useActionState<FrontFormState, FormData>(action, { status: 'idle' });
  const [layout, setLayout] = useState<ContainerLayout>(values.layout);
  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  const info = layoutInfo[layout];
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <form action={formAction} className="grid gap-4 sm:grid-cols-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Field
        id={id('title')}
        label="Title"
        hint="Its heading on the page; a lead container’s names its region. Leave empty for none."
        errors={errors.title}
      >
        {(describedBy) => (
          <input
            id={id('title')}
            name="title"
            defaultValue={values.title}
            maxLength={80}
            aria-describedby={describedBy}
            aria-invalid={Boolean(errors.title)}
            className={inputClass}
          />
        )}
      </Field>
      <Field id={id('layout')} label="Layout" hint={info.hint} errors={errors.layout}>
        {(describedBy) => (
          <select
            id={id('layout')}
            name="layout"
            value={layout}
            onChange={(e) => setLayout(e.currentTarget.value as ContainerLayout)}
            aria-describedby={describedBy}
            className={inputClass}
          >
            {containerLayouts.map((l) => (
              <option key={l} value={l}>
                {layoutInfo[l].label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id={id('slots')}
        label="Slots"
        hint={`${info.minSlots} to ${info.maxSlots} for this layout. Fewer slots drop the last ones, pinned or not.`}
        errors={errors.slots}
      >
        {(describedBy) => (
          <input
            id={id('slots')}
            name="slots"
            type="number"
            min={info.minSlots}
            max={info.maxSlots}
            defaultValue={values.slots}
            required
            aria-describedby={describedBy}
            aria-invalid={Boolean(errors.slots)}
            className={inputClass}
          />
        )}
      </Field>
      <Field id={id('rule')} label="Empty slots show" errors={errors.rule}>
        {(describedBy) => (
          <select
            id={id('rule')}
            name="rule"
            defaultValue={values.rule}
            aria-describedby={describedBy}
            className={inputClass}
          >
            {ruleChoices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={id('tag')} label="Tag (for “the newest with a tag”)" errors={errors.tag}>
        {(describedBy) => (
          <input
            id={id('tag')}
            name="tag"
            defaultValue={values.tag}
            aria-describedby={describedBy}
            aria-invalid={Boolean(errors.tag)}
            className={inputClass}
          />
        )}
      </Field>
      <label className="flex items-center gap-2 self-end pb-2 font-semibold">
        <input
          type="checkbox"
          name="allowDuplicates"
          defaultChecked={values.allowDuplicates}
          className="size-4"
        />
        May repeat stories shown higher up the page
      </label>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <SubmitButton variant="secondary" pendingLabel={pendingLabel}>
          {submitLabel}
        </SubmitButton>
        <p aria-live="polite" className="text-sm font-semibold text-accent-dark">
          {state.status === 'error' ? state.message : ''}
        </p>
      </div>
    </form>
  );
}
