import { z } from 'zod';
import { sectionSlugs } from '../articles/sections';
import { slugPattern } from '../articles/schema';

// Safe for the client: what a front's layout is, checked with zod wherever it is read or changed.
// A front is an ordered list of containers; a container draws its slots in one layout and fills
// the slots nobody pinned from its rule.

/** The container layouts the reader site draws (components/site/front). */
export const containerLayouts = ['lead', 'row', 'grid', 'list', 'live'] as const;
export type ContainerLayout = (typeof containerLayouts)[number];

export const layoutInfo: Record<
  ContainerLayout,
  { label: string; hint: string; minSlots: number; maxSlots: number; defaultSlots: number }
> = {
  lead: {
    label: 'Lead story and seconds',
    hint: 'The first slot large, with its picture; the others beside it in a row of three.',
    minSlots: 1,
    maxSlots: 7,
    defaultSlots: 4,
  },
  row: {
    label: 'Row of four',
    hint: 'Cards four across on a wide screen.',
    minSlots: 1,
    maxSlots: 12,
    defaultSlots: 4,
  },
  grid: {
    label: 'Grid of three',
    hint: 'Cards three across, like a section page.',
    minSlots: 1,
    maxSlots: 24,
    defaultSlots: 12,
  },
  list: {
    label: 'List of headlines',
    hint: 'Headlines and times; beside a lead container on a wide screen.',
    minSlots: 1,
    maxSlots: 12,
    defaultSlots: 8,
  },
  live: {
    label: 'Live now strip',
    hint: 'A strip of running live coverage, shown only while some runs.',
    minSlots: 1,
    maxSlots: 6,
    defaultSlots: 3,
  },
};

export const ruleSchema = z.discriminatedUnion('kind', [
  /** The newest published articles. */
  z.object({ kind: z.literal('latest') }),
  z.object({ kind: z.literal('section'), section: z.enum(sectionSlugs) }),
  z.object({ kind: z.literal('tag'), tag: z.string().regex(slugPattern).max(80) }),
  /** Live coverage that is running, newest started first. */
  z.object({ kind: z.literal('live') }),
  /** Pinned articles only: an empty slot stays empty. */
  z.object({ kind: z.literal('none') }),
]);
export type FillRule = z.infer<typeof ruleSchema>;

const focalSchema = z.object({ x: z.number().min(0).max(1), y: z.number().min(0).max(1) });
const idPattern = /^[a-z0-9][a-z0-9-]{0,39}$/;

export const overrideLimits = { headline: 200, kicker: 40 };

export const slotSchema = z.object({
  id: z.string().regex(idPattern),
  /** A published article an editor put here; null: the container's rule fills the slot. */
  articleId: z.number().int().positive().nullable(),
  /** Overrides for the pinned article on this front only; they go when the pin does. */
  headline: z.string().max(overrideLimits.headline).nullable(),
  kicker: z.string().max(overrideLimits.kicker).nullable(),
  focal: focalSchema.nullable(),
});
export type FrontSlot = z.infer<typeof slotSchema>;

export const containerSchema = z.object({
  id: z.string().regex(idPattern),
  /** Its heading on the page ('' for none); a lead container's names its region instead. */
  title: z.string().max(80),
  layout: z.enum(containerLayouts),
  rule: ruleSchema,
  /** Whether its rule may fill slots with articles the page shows elsewhere. */
  allowDuplicates: z.boolean(),
  slots: z.array(slotSchema).min(1).max(24),
});
export type FrontContainer = z.infer<typeof containerSchema>;

export const frontLayoutSchema = z.object({ containers: z.array(containerSchema).max(30) });
export type FrontLayout = z.infer<typeof frontLayoutSchema>;

/** A layout as stored: read back through the schema, so a bad row fails loudly with its path. */
export function parseLayout(json: string): FrontLayout {
  return frontLayoutSchema.parse(JSON.parse(json));
}

export type FrontFormState =
  | { status: 'idle' }
  | { status: 'ok'; message: string }
  | { status: 'error'; message: string; fieldErrors?: Record<string, string[] | undefined> };
