import { z } from 'zod';
import { sectionSlugs } from '../articles/sections';
import { slugify } from '../articles/slug';
import { emptySlots } from './defaults';
import {
  containerLayouts,
  layoutInfo,
  overrideLimits,
  type FillRule,
  type FrontContainer,
  type FrontLayout,
} from './schema';

// What the front editor's forms ask for, one change at a time, and the change itself: a pure
// function from one layout to the next. Every form works without JavaScript; dragging sends the
// same reorder a series of Up and Down buttons would.

const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'Which one?');
const direction = z.enum(['up', 'down']);
const order = z
  .string()
  .transform((value) => value.split(',').filter(Boolean))
  .pipe(z.array(id).min(1).max(30));
const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `${what} of ${max} characters at most.`)
    .transform((value) => value || null);
const percent = z.preprocess(
  (value) => (value === '' || value === undefined ? null : value),
  z.coerce.number().int().min(0, '0 to 100.').max(100, '0 to 100.').nullable(),
);
const checkbox = z.preprocess((value) => value === 'on' || value === 'true', z.boolean());

/** The fill rule as the form sends it: a choice (`section:<slug>` for a section) and, for a tag, its name. */
const containerFields = z
  .object({
    title: z.string().trim().max(80, 'A title of 80 characters at most.'),
    layout: z.enum(containerLayouts),
    slots: z.coerce.number().int('A whole number of slots.'),
    rule: z.string(),
    tag: z.string().trim().max(80).optional().default(''),
    allowDuplicates: checkbox,
  })
  .transform((fields, ctx) => {
    const { min, max } = {
      min: layoutInfo[fields.layout].minSlots,
      max: layoutInfo[fields.layout].maxSlots,
    };
    if (fields.slots < min || fields.slots > max)
      ctx.addIssue({
        code: 'custom',
        path: ['slots'],
        message: `${layoutInfo[fields.layout].label}: ${min} to ${max} slots.`,
      });
    let rule: FillRule | null = null;
    if (fields.rule === 'latest' || fields.rule === 'live' || fields.rule === 'none')
      rule = { kind: fields.rule };
    const section = fields.rule.startsWith('section:')
      ? fields.rule.slice('section:'.length)
      : null;
    const known = sectionSlugs.find((s) => s === section);
    if (known) rule = { kind: 'section', section: known };
    if (fields.rule === 'tag') {
      const tag = slugify(fields.tag);
      if (tag) rule = { kind: 'tag', tag };
      else
        ctx.addIssue({
          code: 'custom',
          path: ['tag'],
          message: 'Name the tag whose newest stories fill the slots.',
        });
    }
    if (!rule && fields.rule !== 'tag')
      ctx.addIssue({
        code: 'custom',
        path: ['rule'],
        message: 'Choose what fills the empty slots.',
      });
    return {
      title: fields.title,
      layout: fields.layout,
      slotCount: fields.slots,
      rule: rule ?? ({ kind: 'none' } as FillRule),
      allowDuplicates: fields.allowDuplicates,
    };
  });

export const frontEditSchema = z.discriminatedUnion('op', [
  z.object({
    op: z.literal('pin'),
    containerId: id,
    slotId: id,
    articleId: z.coerce.number().int().positive(),
  }),
  z.object({ op: z.literal('unpin'), containerId: id, slotId: id }),
  z.object({ op: z.literal('move-slot'), containerId: id, slotId: id, direction }),
  z.object({ op: z.literal('reorder-slots'), containerId: id, order }),
  z.object({
    op: z.literal('override'),
    containerId: id,
    slotId: id,
    headline: optionalText(overrideLimits.headline, 'A headline'),
    kicker: optionalText(overrideLimits.kicker, 'A kicker'),
    focalX: percent,
    focalY: percent,
  }),
  z.object({ op: z.literal('container'), containerId: id, fields: containerFields }),
  z.object({ op: z.literal('add-container'), fields: containerFields }),
  z.object({ op: z.literal('move-container'), containerId: id, direction }),
  z.object({ op: z.literal('reorder-containers'), order }),
  z.object({ op: z.literal('remove-container'), containerId: id }),
  z.object({ op: z.literal('reset'), to: z.enum(['launched', 'automatic']) }),
]);
export type FrontEdit = z.infer<typeof frontEditSchema>;

/** FormData as the edit schema reads it: container fields gathered under `fields`. */
export function editInput(formData: FormData): Record<string, unknown> {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  const input: Record<string, unknown> = {};
  for (const name of [
    'op',
    'containerId',
    'slotId',
    'articleId',
    'direction',
    'order',
    'headline',
    'kicker',
    'focalX',
    'focalY',
    'to',
  ]) {
    const value = text(name);
    if (value !== undefined) input[name] = value;
  }
  input.fields = {
    title: text('title') ?? '',
    layout: text('layout'),
    slots: text('slots'),
    rule: text('rule') ?? '',
    tag: text('tag') ?? '',
    allowDuplicates: text('allowDuplicates'),
  };
  return input;
}

export interface EditContext {
  /** What "discard the draft's changes" goes back to. */
  launched: FrontLayout;
  /** What "start from the automatic layout" goes back to. */
  automatic: FrontLayout;
  /** A new container's id, unused in the layout. */
  newId: () => string;
}

export type EditResult = { layout: FrontLayout; containerId: string | null } | { error: string };

const moved = <T>(list: T[], index: number, to: number): T[] => {
  const copy = [...list];
  const [item] = copy.splice(index, 1);
  copy.splice(to, 0, item!);
  return copy;
};

/** `order` as a permutation of `ids`, or null when it names others or leaves some out. */
function permutation<T extends { id: string }>(items: T[], order: string[]): T[] | null {
  if (order.length !== items.length || new Set(order).size !== order.length) return null;
  const byId = new Map(items.map((item) => [item.id, item]));
  const result = order.map((i) => byId.get(i));
  return result.every(Boolean) ? (result as T[]) : null;
}

function resized(container: FrontContainer, count: number): FrontContainer['slots'] {
  if (count <= container.slots.length) return container.slots.slice(0, count);
  const taken = new Set(container.slots.map((s) => s.id));
  const fresh = emptySlots(container.id, count + container.slots.length).filter(
    (s) => !taken.has(s.id),
  );
  return [...container.slots, ...fresh.slice(0, count - container.slots.length)];
}

export function applyEdit(layout: FrontLayout, edit: FrontEdit, context: EditContext): EditResult {
  if (edit.op === 'reset')
    return {
      layout: edit.to === 'launched' ? context.launched : context.automatic,
      containerId: null,
    };
  if (edit.op === 'add-container') {
    const containerId = context.newId();
    const { slotCount, ...fields } = edit.fields;
    const container: FrontContainer = {
      id: containerId,
      ...fields,
      slots: emptySlots(containerId, slotCount),
    };
    return { layout: { containers: [...layout.containers, container] }, containerId };
  }
  if (edit.op === 'reorder-containers') {
    const containers = permutation(layout.containers, edit.order);
    return containers
      ? { layout: { containers }, containerId: null }
      : {
          error: 'The containers changed since this page was drawn. Reload, then move them again.',
        };
  }

  const index = layout.containers.findIndex((c) => c.id === edit.containerId);
  const container = layout.containers[index];
  if (!container)
    return {
      error: 'That container is no longer on this front. Reload to see the draft as it is.',
    };
  const withContainer = (next: FrontContainer | null): EditResult => ({
    layout: {
      containers: layout.containers.flatMap((c, i) => (i === index ? (next ? [next] : []) : [c])),
    },
    containerId: next ? next.id : null,
  });

  switch (edit.op) {
    case 'remove-container':
      return withContainer(null);
    case 'move-container': {
      const to = edit.direction === 'up' ? index - 1 : index + 1;
      if (to < 0 || to >= layout.containers.length) return { layout, containerId: container.id };
      return {
        layout: { containers: moved(layout.containers, index, to) },
        containerId: container.id,
      };
    }
    case 'container': {
      const { slotCount, ...fields } = edit.fields;
      return withContainer({ ...container, ...fields, slots: resized(container, slotCount) });
    }
    case 'reorder-slots': {
      const slots = permutation(container.slots, edit.order);
      return slots
        ? withContainer({ ...container, slots })
        : { error: 'The slots changed since this page was drawn. Reload, then move them again.' };
    }
    default:
      break;
  }

  const slotIndex = container.slots.findIndex((s) => s.id === edit.slotId);
  const slot = container.slots[slotIndex];
  if (!slot)
    return { error: 'That slot is no longer in this container. Reload to see the draft as it is.' };
  const withSlot = (next: FrontContainer['slots'][number]) =>
    withContainer({
      ...container,
      slots: container.slots.map((s, i) => (i === slotIndex ? next : s)),
    });

  switch (edit.op) {
    case 'pin':
      // Another article's overrides would not fit this one.
      return withSlot({
        ...slot,
        articleId: edit.articleId,
        headline: null,
        kicker: null,
        focal: null,
      });
    case 'unpin':
      return withSlot({ ...slot, articleId: null, headline: null, kicker: null, focal: null });
    case 'override': {
      if (!slot.articleId)
        return {
          error: 'Pin an article into this slot first: overrides belong to a pinned article.',
        };
      const focal =
        edit.focalX === null && edit.focalY === null
          ? null
          : { x: (edit.focalX ?? 50) / 100, y: (edit.focalY ?? 50) / 100 };
      return withSlot({ ...slot, headline: edit.headline, kicker: edit.kicker, focal });
    }
    case 'move-slot': {
      const to = edit.direction === 'up' ? slotIndex - 1 : slotIndex + 1;
      if (to < 0 || to >= container.slots.length) return withContainer(container);
      return withContainer({ ...container, slots: moved(container.slots, slotIndex, to) });
    }
  }
}
