import { describe, expect, it } from 'vitest';
import { defaultHomeLayout, defaultSectionLayout } from './defaults';
import { applyEdit, editInput, frontEditSchema, type EditContext, type FrontEdit } from './edits';
import type { FrontLayout } from './schema';
import { pinned } from './testing';

// The front editor's changes, one at a time, as the forms send them.

const context: EditContext = {
  launched: defaultSectionLayout('world'),
  automatic: defaultHomeLayout(),
  newId: () => 'cnew',
};

function form(fields: Record<string, string>): FrontEdit {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return frontEditSchema.parse(editInput(data));
}

function apply(layout: FrontLayout, fields: Record<string, string>): FrontLayout {
  const result = applyEdit(layout, form(fields), context);
  if ('error' in result) throw new Error(result.error);
  return result.layout;
}

const slotIds = (layout: FrontLayout, container: string) =>
  layout.containers.find((c) => c.id === container)!.slots.map((s) => s.id);
const articleIds = (layout: FrontLayout, container: string) =>
  layout.containers.find((c) => c.id === container)!.slots.map((s) => s.articleId);

describe('front edits', () => {
  it('move a slot up and down with its pin, and keep it in place at either end', () => {
    const layout = pinned(defaultHomeLayout(), 'top', 1, 42);
    const up = apply(layout, {
      op: 'move-slot',
      containerId: 'top',
      slotId: 'top-2',
      direction: 'up',
    });
    expect(articleIds(up, 'top')).toEqual([42, null, null, null]);
    expect(slotIds(up, 'top')).toEqual(['top-2', 'top-1', 'top-3', 'top-4']);
    expect(
      apply(up, { op: 'move-slot', containerId: 'top', slotId: 'top-2', direction: 'up' }),
    ).toEqual(up);
    expect(
      articleIds(
        apply(up, { op: 'move-slot', containerId: 'top', slotId: 'top-2', direction: 'down' }),
        'top',
      ),
    ).toEqual([null, 42, null, null]);
  });

  it('reorder slots or containers only as a whole new order of the same ones', () => {
    const layout = defaultSectionLayout('world');
    const order = [...slotIds(layout, 'stories')].reverse();
    expect(
      slotIds(
        apply(layout, { op: 'reorder-slots', containerId: 'stories', order: order.join(',') }),
        'stories',
      ),
    ).toEqual(order);
    expect(
      applyEdit(
        layout,
        form({ op: 'reorder-slots', containerId: 'stories', order: order.slice(1).join(',') }),
        context,
      ),
    ).toHaveProperty('error');
    const home = defaultHomeLayout();
    const containers = home.containers.map((c) => c.id);
    const swapped = [containers[1]!, containers[0]!, ...containers.slice(2)];
    expect(
      apply(home, { op: 'reorder-containers', order: swapped.join(',') }).containers.map(
        (c) => c.id,
      ),
    ).toEqual(swapped);
  });

  it('pin an article without another article’s overrides, and keep overrides for a pinned slot only', () => {
    const withOverrides = pinned(defaultHomeLayout(), 'top', 0, 7, {
      headline: 'Old words',
      kicker: 'Live',
      focal: { x: 0, y: 0 },
    });
    const repinned = apply(withOverrides, {
      op: 'pin',
      containerId: 'top',
      slotId: 'top-1',
      articleId: '8',
    });
    expect(repinned.containers[0]!.slots[0]).toEqual({
      id: 'top-1',
      articleId: 8,
      headline: null,
      kicker: null,
      focal: null,
    });

    const overridden = apply(repinned, {
      op: 'override',
      containerId: 'top',
      slotId: 'top-1',
      headline: '  Shorter  ',
      kicker: 'Analysis',
      focalX: '20',
      focalY: '',
    });
    expect(overridden.containers[0]!.slots[0]).toEqual({
      id: 'top-1',
      articleId: 8,
      headline: 'Shorter',
      kicker: 'Analysis',
      focal: { x: 0.2, y: 0.5 },
    });
    const cleared = apply(overridden, {
      op: 'override',
      containerId: 'top',
      slotId: 'top-1',
      headline: '',
      kicker: '',
      focalX: '',
      focalY: '',
    });
    expect(cleared.containers[0]!.slots[0]).toMatchObject({
      headline: null,
      kicker: null,
      focal: null,
    });
    expect(
      applyEdit(
        overridden,
        form({
          op: 'override',
          containerId: 'top',
          slotId: 'top-2',
          headline: 'x',
          kicker: '',
          focalX: '',
          focalY: '',
        }),
        context,
      ),
    ).toHaveProperty('error');
    expect(
      articleIds(apply(overridden, { op: 'unpin', containerId: 'top', slotId: 'top-1' }), 'top')[0],
    ).toBeNull();
  });

  it('change a container’s layout, slot count, rule and repeats, keeping its pins and giving new slots new ids', () => {
    const layout = pinned(defaultHomeLayout(), 'top', 1, 9);
    const changed = apply(layout, {
      op: 'container',
      containerId: 'top',
      title: 'Tag',
      layout: 'grid',
      slots: '6',
      rule: 'tag',
      tag: 'Flood Watch',
      allowDuplicates: 'on',
    });
    const container = changed.containers[0]!;
    expect(container).toMatchObject({
      title: 'Tag',
      layout: 'grid',
      rule: { kind: 'tag', tag: 'flood-watch' },
      allowDuplicates: true,
    });
    expect(container.slots.map((s) => s.articleId)).toEqual([null, 9, null, null, null, null]);
    expect(new Set(container.slots.map((s) => s.id)).size).toBe(6);
    const fewer = apply(changed, {
      op: 'container',
      containerId: 'top',
      title: '',
      layout: 'row',
      slots: '1',
      rule: 'section:business',
    });
    expect(fewer.containers[0]).toMatchObject({
      rule: { kind: 'section', section: 'business' },
      allowDuplicates: false,
      slots: [{ id: 'top-1' }],
    });
  });

  it('refuse a slot count the layout cannot draw, and a tag rule without a tag', () => {
    const parse = (fields: Record<string, string>) => {
      const data = new FormData();
      for (const [name, value] of Object.entries({
        op: 'add-container',
        title: '',
        rule: 'latest',
        ...fields,
      }))
        data.set(name, value);
      return frontEditSchema.safeParse(editInput(data));
    };
    expect(parse({ layout: 'lead', slots: '9' }).error?.issues.map((i) => i.path.at(-1))).toEqual([
      'slots',
    ]);
    expect(
      parse({ layout: 'list', slots: '3', rule: 'tag', tag: ' ' }).error?.issues.map((i) =>
        i.path.at(-1),
      ),
    ).toEqual(['tag']);
    expect(
      parse({ layout: 'list', slots: '3', rule: 'section:nowhere' }).error?.issues.map((i) =>
        i.path.at(-1),
      ),
    ).toEqual(['rule']);
  });

  it('add, move and remove containers, and reset the draft to what readers see or to the automatic layout', () => {
    const added = apply(defaultSectionLayout('world'), {
      op: 'add-container',
      title: 'Live now',
      layout: 'live',
      slots: '3',
      rule: 'live',
      allowDuplicates: 'on',
    });
    expect(added.containers.map((c) => c.id)).toEqual(['stories', 'cnew']);
    expect(added.containers[1]!.slots.map((s) => s.id)).toEqual(['cnew-1', 'cnew-2', 'cnew-3']);
    const moved = apply(added, { op: 'move-container', containerId: 'cnew', direction: 'up' });
    expect(moved.containers.map((c) => c.id)).toEqual(['cnew', 'stories']);
    expect(
      apply(moved, { op: 'remove-container', containerId: 'stories' }).containers.map((c) => c.id),
    ).toEqual(['cnew']);
    expect(apply(moved, { op: 'reset', to: 'launched' })).toEqual(context.launched);
    expect(apply(moved, { op: 'reset', to: 'automatic' })).toEqual(context.automatic);
  });
});
