import { z } from 'zod';
import type { ArticlesTable } from '../db/schema';
import { focalPercent } from '../media/focal';
import { mediaSrcPattern } from '../media/schema';
import { storySchema } from '../story/schema';
import { storyText } from '../story/text';
import { bylineSchema, slugPattern } from '../articles/schema';
import { sectionSlugs } from '../articles/sections';

// The editor's article form, validated on the server whatever the browser sent.

/** Where an article stands in the newsroom's workflow (lib/newsroom/workflow.ts). */
export type ArticleStatus = ArticlesTable['status'];

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters.`)
    .transform((v) => (v === '' ? null : v));

/** "desk: News Desk (Kyodo News)" or "Rina Hartono", one byline per line, in order. */
export function parseBylines(text: string) {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const typed = /^(desk|person)\s*:\s*(.+)$/i.exec(line);
      const type = (typed?.[1]?.toLowerCase() ?? 'person') as 'desk' | 'person';
      const rest = typed?.[2] ?? line;
      const withOrg = /^(.+?)\s*\(([^()]+)\)\s*$/.exec(rest);
      const organization = withOrg?.[2]?.trim();
      return { type, name: (withOrg?.[1] ?? rest).trim(), ...(organization ? { organization } : {}) };
    });
}

export function formatBylineLines(bylines: { name: string; type: 'person' | 'desk'; organization: string | null }[]) {
  return bylines.map((b) => `${b.type}: ${b.name}${b.organization ? ` (${b.organization})` : ''}`).join('\n');
}

export const articleIntents = ['save', 'submit', 'publish', 'schedule', 'unpublish'] as const;
export type ArticleIntent = (typeof articleIntents)[number];

export const articleFormSchema = z.object({
  id: z.coerce.number().int().positive().optional(),
  version: z.coerce.number().int().positive().optional(),
  intent: z.enum(articleIntents).default('save'),
  headline: z.string().trim().min(10, 'A headline needs at least 10 characters.').max(200, 'At most 200 characters.'),
  dek: z.string().trim().min(20, 'Write a summary of at least 20 characters.').max(400, 'At most 400 characters.'),
  slug: z
    .string()
    .trim()
    .max(120)
    .refine((s) => s === '' || slugPattern.test(s), 'Lowercase letters, digits and hyphens only.'),
  section: z.enum(sectionSlugs, 'Choose a section.'),
  tags: z
    .string()
    .max(500)
    .transform((s) => s.split(',').map((t) => t.trim()).filter(Boolean))
    .pipe(z.array(z.string().min(2, 'Each tag needs at least 2 characters.').max(40)).max(8, 'At most 8 tags.')),
  bylines: z
    .string()
    .transform(parseBylines)
    .pipe(z.array(bylineSchema, 'Each byline needs a name of at least 2 characters.').min(1, 'Add at least one byline.').max(6)),
  datelineCity: z.string().trim().min(1, 'Where was this reported from?').max(80),
  datelineCountry: z.string().trim().min(1, 'Which country?').max(80),
  language: z.enum(['en', 'id']),
  heroAlt: optionalText(300),
  heroCaption: optionalText(500),
  heroCredit: optionalText(120),
  /** A picture of the media library chosen as the hero, by its address. */
  heroFromLibrary: z.preprocess((value) => (value === '' ? undefined : value), z.string().regex(mediaSrcPattern).optional()),
  heroFocalX: focalPercent,
  heroFocalY: focalPercent,
  /** The story from the editor, as JSON. */
  story: z
    .string()
    .max(2_000_000, 'The story is too long to save in one piece.')
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'The story could not be read. Copy your text, reload the page and paste it back.' });
        return z.NEVER;
      }
    })
    .pipe(storySchema)
    .optional(),
  /** The story as Markdown, from the field shown to editors without JavaScript. */
  body: z.string().max(100_000, 'The story is too long to save in one piece.').optional(),
  seoTitle: optionalText(120),
  seoDescription: optionalText(300),
  scheduledAt: z.string().trim().optional(),
}).superRefine((form, ctx) => {
  const text = form.story ? storyText(form.story) : (form.body ?? '');
  if (text.trim().length < 50) ctx.addIssue({ code: 'custom', path: ['story'], message: 'The story needs at least 50 characters of text.' });
});

export type ArticleForm = z.infer<typeof articleFormSchema>;

export type ArticleFormValues = Record<string, string>;

export type ArticleFormState =
  | { status: 'idle' }
  | { status: 'saved'; message: string }
  | {
      status: 'error' | 'conflict';
      message: string;
      fieldErrors?: Partial<Record<string, string[]>>;
      values?: ArticleFormValues;
    };
