import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { formatDisplayDateTime } from '@/lib/articles/dates';
import { editFront, launchFront } from '@/lib/fronts/actions';
import { editorFrontPath, frontByParam } from '@/lib/fronts/keys';
import { getFrontDesk, listPinCandidates } from '@/lib/fronts/newsroom';
import { layoutInfo } from '@/lib/fronts/schema';
import { getSite } from '@/lib/site';
import { ArrangingNow } from './_components/arranging-now';
import { ContainerForm } from './_components/container-form';
import { ContainerPanel } from './_components/container-panel';
import { ActionButton } from '@/components/editor/action-button';
import { containerName, doneMessages } from './_components/labels';
import { LaunchHistory } from './_components/launch-history';
import { PinPicker } from './_components/pin-picker';
import { ScheduleForm } from './_components/schedule-form';
import { SortableList } from './_components/sortable-list';

export const metadata: Metadata = { title: 'Arrange a front' };

const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : '');

// One front's editor: the draft's containers and slots, each change saved to the draft at once;
// a preview; launch now or at a time; the launches kept, each restorable.
export default async function FrontEditorPage({
  params,
  searchParams,
}: PageProps<'/editor/fronts/[key]'>) {
  const front = frontByParam((await params).key);
  if (!front) notFound();
  const query = await searchParams;
  const desk = await getFrontDesk(front);
  const { timeZone } = getSite();
  const path = editorFrontPath(front);
  const version = desk.draft.version;
  const done = doneMessages[one(query.done)] ?? null;
  const doneAt = one(query.at) || null;
  const [pickContainer, pickSlot] = one(query.pick).split('.');
  const pickQuery = one(query.q).trim().slice(0, 100);
  const candidates =
    desk.canArrange && pickContainer && pickSlot ? await listPinCandidates(pickQuery) : [];
  const containers = desk.draft.layout.containers;

  const panels = containers.map((container, index) => ({
    id: container.id,
    label: containerName(container),
    node: (
      <ContainerPanel
        path={path}
        frontKey={front.key}
        version={version}
        container={container}
        shown={desk.resolved.containers[index]!}
        isFirst={index === 0}
        isLast={index === containers.length - 1}
        pinned={desk.pinned}
        canArrange={desk.canArrange}
        done={done && doneAt === container.id ? done : null}
        pickerFor={(slotId, place) =>
          desk.canArrange && pickContainer === container.id && pickSlot === slotId ? (
            <PinPicker
              path={path}
              fields={{ key: front.key, version, containerId: container.id, slotId }}
              place={place}
              query={pickQuery}
              candidates={candidates}
            />
          ) : null
        }
      />
    ),
  }));

  return (
    <>
      <p className="text-sm">
        <Link href="/editor/fronts" className="underline">
          ← Fronts
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl font-bold">Front: {front.name}</h1>
      <div id="front-status" className="mt-2 mb-6 scroll-mt-4">
        <p>
          {desk.launched.launchedAt
            ? `Readers see version ${desk.launched.version}, launched ${formatDisplayDateTime(desk.launched.launchedAt, timeZone)} by ${desk.launched.launchedBy ?? 'someone no longer here'}.`
            : 'Readers see the automatic layout: nobody has launched this front yet.'}{' '}
          <Link href={front.readerPath} target="_blank" className="underline">
            View on the site
          </Link>
        </p>
        {done && !doneAt ? (
          <p role="status" className="mt-3 border-l-4 border-ink bg-wash px-3 py-2 font-semibold">
            {done}
          </p>
        ) : null}
      </div>
      <ArrangingNow frontKey={front.key} param={front.param} draftVersion={version} />
      {!desk.canArrange ? (
        <p className="mb-6 border-l-4 border-rule bg-wash px-3 py-2">
          You can look at this front’s draft; editors and admins arrange and launch it.
        </p>
      ) : null}

      <section aria-labelledby="draft-heading" className="border-2 border-ink p-4">
        <h2 id="draft-heading" className="font-serif text-2xl font-bold">
          Draft
        </h2>
        <p className="mt-1">
          {desk.draft.updatedAt
            ? `Version ${version}, saved ${formatDisplayDateTime(desk.draft.updatedAt, timeZone)} by ${desk.draft.updatedBy ?? 'someone no longer here'}.`
            : 'Nobody has changed the draft yet.'}{' '}
          <strong>
            {desk.hasUnlaunchedChanges
              ? 'It has changes readers do not see yet.'
              : 'It is what readers see.'}
          </strong>
        </p>
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <Link
            href={`${path}/preview`}
            className="border border-ink px-4 py-2 font-semibold hover:bg-wash"
          >
            Preview the draft
          </Link>
          {desk.canArrange ? (
            <>
              <ActionButton
                action={launchFront}
                fields={{ key: front.key, version }}
                variant="primary"
                pendingLabel="Launching…"
              >
                Launch the draft
              </ActionButton>
              {desk.hasUnlaunchedChanges ? (
                <ActionButton
                  action={editFront}
                  fields={{ key: front.key, version, op: 'reset', to: 'launched' }}
                  pendingLabel="Discarding…"
                  confirm="Discard the draft’s changes and go back to what readers see?"
                >
                  Discard the draft’s changes
                </ActionButton>
              ) : null}
              <ActionButton
                action={editFront}
                fields={{ key: front.key, version, op: 'reset', to: 'automatic' }}
                pendingLabel="Resetting…"
                confirm="Replace the draft with the automatic layout, without pins? Readers see nothing until you launch it."
              >
                Start again from the automatic layout
              </ActionButton>
            </>
          ) : null}
        </div>
        {desk.canArrange ? (
          <div className="mt-4">
            <ScheduleForm frontKey={front.key} version={version} />
          </div>
        ) : null}
      </section>

      <section aria-labelledby="containers-heading" className="mt-10">
        <h2 id="containers-heading" className="font-serif text-2xl font-bold">
          Containers, top to bottom
        </h2>
        <p className="mt-1 mb-4 text-muted">
          Pin a story into a slot, or leave the slot to its container’s rule. Empty slots never
          repeat a story shown higher up, unless the container allows it; a pinned story that is
          unpublished leaves the front at once.
        </p>
        {desk.canArrange ? (
          <SortableList
            entries={panels}
            fields={{ key: front.key, version, op: 'reorder-containers' }}
            noun="container"
            className="grid gap-6"
          />
        ) : (
          <ol className="grid gap-6">
            {panels.map((panel) => (
              <li key={panel.id}>{panel.node}</li>
            ))}
          </ol>
        )}
        {desk.canArrange ? (
          <details
            id="add-container"
            className="mt-6 scroll-mt-4 border border-dashed border-ink p-4"
          >
            <summary className="cursor-pointer font-semibold underline">
              Add a container at the bottom
            </summary>
            <div className="mt-3">
              <ContainerForm
                key={version}
                action={editFront}
                fields={{ key: front.key, version, op: 'add-container' }}
                idPrefix="add-container"
                values={{
                  title: '',
                  layout: 'row',
                  slots: layoutInfo.row.defaultSlots,
                  rule: 'latest',
                  tag: '',
                  allowDuplicates: false,
                }}
                submitLabel="Add container"
                pendingLabel="Adding…"
              />
            </div>
          </details>
        ) : null}
      </section>

      <LaunchHistory desk={desk} />
    </>
  );
}
