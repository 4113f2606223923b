'use client';

import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { startTransition, useActionState, useState, useSyncExternalStore } from 'react';
import { reorderFront } from '@/lib/fronts/actions';
import type { FrontFormState } from '@/lib/fronts/schema';

const noSubscription = () => () => {};
/** False on the server and in the first render of the page it drew; true once the script runs. */
const useInBrowser = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

export interface SortableEntry {
  id: string;
  /** How the entry is named when it is picked up and moved: "Lead: Floods in Bekasi". */
  label: string;
  node: React.ReactNode;
}

interface Props {
  entries: SortableEntry[];
  /** The reorder's hidden fields (front, draft version, op, container). */
  fields: Record<string, string | number>;
  /** "slot" or "container". */
  noun: string;
  className?: string;
  itemClassName?: string;
}

/**
 * A list the server drew, with Up and Down buttons in each entry. With JavaScript, each entry also
 * gets a handle to drag it, with the mouse or the keyboard (Space, the arrow keys, Space again),
 * told to screen readers as it goes; the new order is saved to the draft like Up and Down.
 */
export function SortableList({ entries, fields, noun, className = '', itemClassName = '' }: Props) {
  const serverOrder = entries.map((e) => e.id);
  const serverKey = serverOrder.join(',');
  const [order, setOrder] = useState(serverOrder);
  const [seen, setSeen] = useState(serverKey);
  if (seen !== serverKey) {
    setSeen(serverKey);
    setOrder(serverOrder);
  }
  const enhanced = useInBrowser();
  const [state, dispatch, pending] = useActionState<FrontFormState, FormData>(reorderFront, {
    status: 'idle',
  });
  // A refused order goes back to the server's.
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    if (state.status === 'error') setOrder(serverOrder);
  }
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  if (!enhanced) {
    return (
      <ol className={className}>
        {entries.map((entry) => (
          <li key={entry.id} className={itemClassName}>
            {entry.node}
          </li>
        ))}
      </ol>
    );
  }

  const byId = new Map(entries.map((e) => [e.id, e]));
  const shown = [
    ...order.filter((id) => byId.has(id)),
    ...serverOrder.filter((id) => !order.includes(id)),
  ].map((id) => byId.get(id)!);
  const labelOf = (id: UniqueIdentifier) => byId.get(String(id))?.label ?? noun;
  const positionOf = (id: UniqueIdentifier) =>
    `position ${order.indexOf(String(id)) + 1} of ${order.length}`;
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${labelOf(active.id)}, in ${positionOf(active.id)}.`,
    onDragOver: ({ active, over }) =>
      over
        ? `${labelOf(active.id)} is over ${positionOf(over.id)}.`
        : `${labelOf(active.id)} is not over a place in the list.`,
    onDragEnd: ({ active, over }) =>
      over
        ? `${labelOf(active.id)} dropped in ${positionOf(over.id)}. Saving the new order to the draft.`
        : `${labelOf(active.id)} dropped where it was.`,
    onDragCancel: ({ active }) =>
      `Moving cancelled: ${labelOf(active.id)} is back in ${positionOf(active.id)}.`,
  };

  const drop = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const next = arrayMove(order, order.indexOf(String(active.id)), order.indexOf(String(over.id)));
    setOrder(next);
    const formData = new FormData();
    for (const [name, value] of Object.entries(fields)) formData.set(name, String(value));
    formData.set('order', next.join(','));
    startTransition(() => dispatch(formData));
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={drop}
      accessibility={{
        announcements,
        screenReaderInstructions: {
          draggable: `To move this ${noun}, press Space or Enter to pick it up, the up and down arrow keys to move it, then Space or Enter to drop it, or Escape to cancel.`,
        },
      }}
    >
      <SortableContext items={order} strategy={verticalListSortingStrategy}>
        <ol className={className}>
          {shown.map((entry) => (
            <SortableEntryItem
              key={entry.id}
              entry={entry}
              noun={noun}
              disabled={pending}
              className={itemClassName}
            />
          ))}
        </ol>
      </SortableContext>
      {state.status === 'error' && !pending ? (
        <p role="alert" className="mt-2 text-sm font-semibold text-accent-dark">
          {state.message}
        </p>
      ) : null}
    </DndContext>
  );
}

function SortableEntryItem({
  entry,
  noun,
  disabled,
  className,
}: {
  entry: SortableEntry;
  noun: string;
  disabled: boolean;
  className: string;
}) {
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id: entry.id, disabled });
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={`flex items-start gap-2 ${isDragging ? 'relative z-10 bg-paper shadow-lg' : ''} ${className}`}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        {...attributes}
        {...listeners}
        aria-label={`Drag ${noun}: ${entry.label}`}
        className="mt-1 shrink-0 cursor-grab touch-none border border-muted bg-paper px-2 py-1 text-sm font-semibold active:cursor-grabbing"
      >
        <span aria-hidden="true">⇅</span> Drag
      </button>
      <div className="min-w-0 flex-1">{entry.node}</div>
    </li>
  );
}
