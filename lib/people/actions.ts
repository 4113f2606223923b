'use server';

import { sql } from 'kysely';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { NotAllowedError, requireRole } from '../auth/current-user';
import { refreshTags } from '../cache/refresh';
import { getDb } from '../db/client';
import { storeHeroUpload } from '../media/hero-upload';
import { addToLibrary } from '../media/library';
import { updatePersonProfile } from './queries';
import { personFormSchema, type PersonFormState, type PersonFormValues } from './schema';

const text = (value: FormDataEntryValue | null) => (typeof value === 'string' ? value : '');

/** requireRole for actions: a signed-in user without the role gets a message, not a crash. */
async function asEditor() {
  try {
    return await requireRole('editor');
  } catch (error) {
    if (error instanceof NotAllowedError) return { denied: error.message };
    throw error;
  }
}

/** Saves a person's or desk's name, role, bio and photo, then refreshes the public pages showing them. */
export async function savePersonProfile(
  _previous: PersonFormState,
  formData: FormData,
): Promise<PersonFormState> {
  const values: PersonFormValues = {
    name: text(formData.get('name')),
    role: text(formData.get('role')),
    bio: text(formData.get('bio')),
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

  const user = await asEditor();
  if ('denied' in user) return { status: 'error', message: user.denied, values };

  let photoSrc: string | null | undefined = parsed.data.removePhoto ? null : undefined;
  if (hasFile) {
    // The same pipeline as every upload: checked by its bytes, turned upright, re-encoded without metadata.
    const upload = await storeHeroUpload(file);
    if (!upload.ok) return invalid({ photo: [upload.message] }, upload.message);
    await addToLibrary(
      { ...upload.hero, alt: parsed.data.name, caption: null, credit: null },
      user.id,
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

export interface AuthorChoice {
  name: string;
  type: 'person' | 'desk';
  role: string | null;
}

/** People and desks whose name holds the words typed, for the byline picker. Newsroom only. */
export async function findAuthors(query: string): Promise<AuthorChoice[]> {
  await requireRole('contributor');
  const words = z.string().trim().max(80).catch('').parse(query).toLowerCase();
  if (words.length < 1) return [];
  const pattern = `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return getDb()
    .selectFrom('authors')
    .select(['name', 'type', 'role'])
    .where(sql<boolean>`lower(name) like ${pattern} escape '\\'`)
    .orderBy('name')
    .limit(8)
    .execute();
}
