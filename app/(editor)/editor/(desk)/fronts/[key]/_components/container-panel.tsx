import { editFront } from '@/lib/fronts/actions';
import type { PinnedArticle } from '@/lib/fronts/newsroom';
import type { ResolvedContainer } from '@/lib/fronts/resolve';
import { layoutInfo, type FrontContainer } from '@/lib/fronts/schema';
import { ContainerForm } from './container-form';
import { ActionButton } from '@/components/editor/action-button';
import { containerName, describeRule, ruleValue, slotName } from './labels';
import { SlotRow } from './slot-row';
import { SortableList } from './sortable-list';

interface Props {
  path: string;
  frontKey: string;
  version: number;
  container: FrontContainer;
  shown: ResolvedContainer;
  isFirst: boolean;
  isLast: boolean;
  pinned: Map<number, PinnedArticle>;
  canArrange: boolean;
  /** The message of the change just made to this container. */
  done: string | null;
  /** The picker for the slot being picked for, by slot id. */
  pickerFor: (slotId: string, place: string) => React.ReactNode;
}

/** One container of the draft: its settings, and its slots in order. */
export function ContainerPanel({
  path,
  frontKey,
  version,
  container,
  shown,
  isFirst,
  isLast,
  pinned,
  canArrange,
  done,
  pickerFor,
}: Props) {
  const name = containerName(container);
  const fields = { key: frontKey, version, containerId: container.id };
  const context = <span className="sr-only">: {name}</span>;
  const titleId = `container-${container.id}-title`;
  const rows = container.slots.map((slot, index) => {
    const place = `${slotName(container, index)} of ${name}`;
    const resolved = shown.slots[index]!;
    return {
      id: slot.id,
      label: `${slotName(container, index)}, ${resolved.article?.headline ?? 'empty'}`,
      node: (
        <SlotRow
          path={path}
          fields={fields}
          slot={slot}
          shown={resolved}
          name={slotName(container, index)}
          place={place}
          isFirst={index === 0}
          isLast={index === container.slots.length - 1}
          pinned={slot.articleId ? pinned.get(slot.articleId) : undefined}
          canArrange={canArrange}
          picker={pickerFor(slot.id, place)}
        />
      ),
    };
  });
  return (
    <section
      id={`container-${container.id}`}
      aria-labelledby={titleId}
      className="scroll-mt-4 border border-ink bg-paper p-4"
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h3 id={titleId} className="font-serif text-xl font-bold">
            {name}
          </h3>
          <p className="text-sm text-muted">
            {layoutInfo[container.layout].label} · {container.slots.length}{' '}
            {container.slots.length === 1 ? 'slot' : 'slots'} · empty slots show{' '}
            {describeRule(container.rule)}
            {container.allowDuplicates ? ', repeats allowed' : ''}
          </p>
        </div>
        {canArrange ? (
          <div className="flex flex-wrap gap-2">
            {!isFirst ? (
              <ActionButton
                action={editFront}
                fields={{ ...fields, op: 'move-container', direction: 'up' }}
                pendingLabel="Moving…"
              >
                Move up{context}
              </ActionButton>
            ) : null}
            {!isLast ? (
              <ActionButton
                action={editFront}
                fields={{ ...fields, op: 'move-container', direction: 'down' }}
                pendingLabel="Moving…"
              >
                Move down{context}
              </ActionButton>
            ) : null}
            <ActionButton
              action={editFront}
              fields={{ ...fields, op: 'remove-container' }}
              pendingLabel="Removing…"
              variant="danger"
              confirm={`Remove “${name}” from the draft, with its pins?`}
            >
              Remove container{context}
            </ActionButton>
          </div>
        ) : null}
      </div>
      {done ? (
        <p role="status" className="mt-3 border-l-4 border-ink bg-wash px-3 py-2 font-semibold">
          {done}
        </p>
      ) : null}
      {canArrange ? (
        <details className="mt-3">
          <summary className="cursor-pointer font-semibold underline">
            Container settings{context}
          </summary>
          <div className="mt-3">
            <ContainerForm
              key={JSON.stringify({ ...container, slots: container.slots.length })}
              action={editFront}
              fields={{ ...fields, op: 'container' }}
              idPrefix={`settings-${container.id}`}
              values={{
                title: container.title,
                layout: container.layout,
                slots: container.slots.length,
                rule: ruleValue(container.rule),
                tag: container.rule.kind === 'tag' ? container.rule.tag : '',
                allowDuplicates: container.allowDuplicates,
              }}
              submitLabel="Save container"
              pendingLabel="Saving…"
            />
          </div>
        </details>
      ) : null}
      {canArrange ? (
        <SortableList
          entries={rows}
          fields={{ ...fields, op: 'reorder-slots' }}
          noun="slot"
          className="mt-2"
        />
      ) : (
        <ol className="mt-2">
          {rows.map((row) => (
            <li key={row.id}>{row.node}</li>
          ))}
        </ol>
      )}
    </section>
  );
}
