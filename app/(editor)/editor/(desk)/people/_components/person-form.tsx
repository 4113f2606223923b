'use client';

import Image from 'next/image';
import { useActionState, useState } from 'react';
import { Field, inputClass } from '@/components/editor/field';
import { SubmitButton } from '@/components/editor/submit-button';
import { maxUploadBytes } from '@/lib/media/upload-limits';
import { savePersonProfile } from '@/lib/people/actions';
import { bioMaxLength, roleSuggestions, type PersonFormState } from '@/lib/people/schema';

interface Person {
  id: number;
  name: string;
  role: string | null;
  bio: string | null;
  photoSrc: string | null;
}

export function PersonForm({ person }: { person: Person }) {
  const [state, action] = useActionState<PersonFormState, FormData>(savePersonProfile, {
    status: 'idle',
  });
  const values =
    state.status === 'idle' || !state.values
      ? { name: person.name, role: person.role ?? '', bio: person.bio ?? '' }
      : state.values;
  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  const [bioLength, setBioLength] = useState(values.bio.length);
  const [fileError, setFileError] = useState<string | null>(null);
  const invalid = (name: keyof typeof errors) => (errors[name] ? true : undefined);
  return (
    <form action={action} aria-label="Profile" className="grid max-w-2xl gap-5">
      <input type="hidden" name="id" value={person.id} />
      <Field id="name" label="Name" hint="As it reads in bylines." errors={errors.name}>
        {(describedBy) => (
          <input
            id="name"
            name="name"
            required
            autoComplete="off"
            defaultValue={values.name}
            aria-describedby={describedBy}
            aria-invalid={invalid('name')}
            className={inputClass}
          />
        )}
      </Field>
      <Field
        id="role"
        label="Role"
        hint="Shown under the name, e.g. Reporter or Photographer. Optional."
        errors={errors.role}
      >
        {(describedBy) => (
          <>
            <input
              id="role"
              name="role"
              list="role-suggestions"
              autoComplete="off"
              defaultValue={values.role}
              aria-describedby={describedBy}
              aria-invalid={invalid('role')}
              className={inputClass}
            />
            <datalist id="role-suggestions">
              {roleSuggestions.map((role) => (
                <option key={role} value={role} />
              ))}
            </datalist>
          </>
        )}
      </Field>
      <Field
        id="bio"
        label="Short bio"
        hint={`${bioLength} / ${bioMaxLength} characters`}
        errors={errors.bio}
      >
        {(describedBy) => (
          <textarea
            id="bio"
            name="bio"
            rows={5}
            defaultValue={values.bio}
            onChange={(e) => setBioLength(e.currentTarget.value.length)}
            aria-describedby={describedBy}
            aria-invalid={invalid('bio')}
            className={inputClass}
          />
        )}
      </Field>
      <fieldset className="grid gap-3 border border-rule p-4">
        <legend className="px-1 font-semibold">Photo</legend>
        {person.photoSrc ? (
          <div className="flex items-center gap-4">
            <Image
              src={person.photoSrc}
              alt={`Current photo of ${person.name}`}
              width={96}
              height={96}
              className="size-24 rounded-full object-cover"
            />
            <label className="flex items-center gap-2">
              <input type="checkbox" name="removePhoto" />
              Remove photo
            </label>
          </div>
        ) : (
          <p className="text-sm text-muted">No photo yet.</p>
        )}
        <Field
          id="photo"
          label="Upload a new photo (JPEG, PNG or WebP, up to 10 MB)"
          errors={fileError ? [fileError] : errors.photo}
        >
          {(describedBy) => (
            <input
              id="photo"
              name="photo"
              type="file"
              accept="image/jpeg,image/png,image/webp"
              aria-describedby={describedBy}
              aria-invalid={fileError || errors.photo ? true : undefined}
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                const tooLarge = file !== undefined && file.size > maxUploadBytes;
                setFileError(
                  tooLarge
                    ? `${file.name} is larger than 10 MB. Export a smaller copy and upload that.`
                    : null,
                );
                if (tooLarge) e.currentTarget.value = '';
              }}
            />
          )}
        </Field>
      </fieldset>
      <p
        role="status"
        aria-live="polite"
        className={`text-sm font-semibold ${state.status === 'error' ? 'text-accent-dark' : ''}`}
      >
        {state.status === 'idle' ? null : state.message}
      </p>
      <div>
        <SubmitButton pendingLabel="Saving…">Save</SubmitButton>
      </div>
    </form>
  );
}
