'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { checkRole } from '../auth/check-role';
import { refreshTags } from '../cache/refresh';
import { formText } from '../form-data';
import { storeHeroUpload } from '../media/hero-upload';
import { addToLibrary } from '../media/library';
import { findAuthorChoices } from './queries';
import { personFormSchema, type AuthorChoice, type PersonFormState, type PersonFormValues } from './schema';
import { updatePersonProfile } from './store';

/** Saves a person's or desk's name, role, bio and photo, then refreshes the public pages showing them. */
export async function savePersonProfile(
  _previous: PersonFormState,
  formData: FormData,
): Promise<PersonFormState> {
  const values: PersonFormValues = {
    name: formText(formData, 'name'),
    role: formText(formData, 'role'),
    bio: formText(formData, 'bio'),
  };
  const invalid = (
    fieldErrors: Extract<PersonFormState, { status: 'error' }>['fieldErrors'],
    message = 'Some fields need attention.',
  ): PersonFormState => ({
    status: 'error',
    message,
    fieldErrors,
    values,
  });
  const parsed = personFormSchema.safeParse({
    ...values,
    id: formData.get('id'),
    removePhoto: formData.get('removePhoto') ?? undefined,
  });
  if (!parsed.success) return invalid(z.flattenError(parsed.error).fieldErrors);
  const file = formData.get('photo');
  const hasFile = file instanceof File && file.size > 0;
  if (hasFile && parsed.data.removePhoto)
    return invalid({ photo: ['Choose a new photo or “Remove photo”, not both.'] });

  const check = await checkRole('editor');
  if ('denied' in check) return { status: 'error', message: check.denied, values };

  let photoSrc: string | null | undefined = parsed.data.removePhoto ? null : undefined;
  if (hasFile) {
    // The same pipeline as every upload: checked by its bytes, turned upright, re-encoded without metadata.
    const upload = await storeHeroUpload(file);
    if (!upload.ok) return invalid({ photo: [upload.message] }, upload.message);
    await addToLibrary(
      { ...upload.hero, alt: parsed.data.name, caption: null, credit: null },
      check.user.id,
    );
    photoSrc = upload.hero.src;
  }
  const { id, name, role, bio } = parsed.data;
  const result = await updatePersonProfile(id, { name, role, bio, photoSrc });
  if (result.status === 'not-found')
    return { status: 'error', message: 'This person or desk no longer exists.', values };
  if (result.status === 'name-taken')
    return invalid({ name: ['Another person or desk already has this name.'] });
  await refreshTags(result.refreshTags);
  revalidatePath('/editor/people');
  revalidatePath(`/editor/people/${id}`);
  return {
    status: 'done',
    message: `Saved. The author page and ${name}’s articles show it now.`,
    values: { name, role: role ?? '', bio: bio ?? '' },
  };
}

/** People and desks whose name holds the words typed, for the byline picker. Newsroom only. */
export async function findAuthors(query: string): Promise<AuthorChoice[]> {
  return findAuthorChoices(z.string().trim().max(80).catch('').parse(query));
}
