import { z } from 'zod';

// Safe for the client: the profile form of a person or desk, validated on the server.

/** Offered as the role is typed; any other words are fine. */
export const roleSuggestions = [
  'Reporter',
  'Correspondent',
  'Photographer',
  'Editor',
  'Columnist',
] as const;

export const bioMaxLength = 500;

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .transform((v) => (v === '' ? null : v));

export const personFormSchema = z.object({
  id: z.coerce.number().int().positive(),
  name: z
    .string()
    .trim()
    .min(2, 'A name needs at least 2 characters.')
    .max(80, 'At most 80 characters.')
    // Bylines are written "Name (Agency)", one to a line: brackets would read as an agency.
    .regex(/^[^()\n\r]+$/, 'Leave out brackets and line breaks: write the agency in the byline.'),
  role: optionalText(60, 'At most 60 characters.'),
  bio: optionalText(bioMaxLength, `Keep the bio to ${bioMaxLength} characters or fewer.`),
  removePhoto: z
    .enum(['on'])
    .optional()
    .transform((v) => v === 'on'),
});

export type PersonForm = z.infer<typeof personFormSchema>;

export type PersonFormField = 'name' | 'role' | 'bio' | 'photo';

export type PersonFormState =
  | { status: 'idle' }
  | { status: 'done'; message: string; values: PersonFormValues }
  | {
      status: 'error';
      message: string;
      fieldErrors?: Partial<Record<PersonFormField | 'id' | 'removePhoto', string[]>>;
      /** What was typed, so the form shows it again. */
      values?: PersonFormValues;
    };

export interface PersonFormValues {
  name: string;
  role: string;
  bio: string;
}

/** A person or desk offered by the byline picker. */
export interface AuthorChoice {
  name: string;
  type: 'person' | 'desk';
  role: string | null;
}
