import Link from 'next/link';
import { editFront } from '@/lib/fronts/actions';
import type { PinnedArticle } from '@/lib/fronts/newsroom';
import type { ResolvedSlot } from '@/lib/fronts/resolve';
import type { FrontSlot } from '@/lib/fronts/schema';
import { ActionButton } from '@/components/editor/action-button';
import { OverrideForm } from './override-form';
import { pickAnchor } from './pin-picker';

interface Props {
  path: string;
  fields: { key: string; version: number; containerId: string };
  slot: FrontSlot;
  shown: ResolvedSlot;
  /** "Lead", "Slot 3". */
  name: string;
  /** "Lead of Top stories": the slot named wherever it is out of its container's sight. */
  place: string;
  isFirst: boolean;
  isLast: boolean;
  pinned: PinnedArticle | undefined;
  canArrange: boolean;
  /** The pin picker, when this slot is being picked for. */
  picker: React.ReactNode;
}

const badge = 'mr-2 inline-block px-1.5 text-xs font-bold tracking-wider uppercase';

function Shows({ slot, shown, pinned }: Pick<Props, 'slot' | 'shown' | 'pinned'>) {
  if (shown.source === 'pinned' && shown.article) {
    const o = shown.override;
    return (
      <>
        <p>
          <span className={`${badge} bg-ink text-paper`}>Pinned</span>
          <Link
            href={`/editor/articles/${shown.article.id}`}
            className="font-semibold hover:underline"
          >
            {shown.article.headline}
          </Link>
        </p>
        {o ? (
          <p className="mt-1 text-sm">
            On this front:{' '}
            {[
              o.kicker ? `kicker “${o.kicker}”` : null,
              o.headline ? `headline “${o.headline}”` : null,
              o.focal
                ? `focal point ${Math.round(o.focal.x * 100)}% across, ${Math.round(o.focal.y * 100)}% down`
                : null,
            ]
              .filter(Boolean)
              .join('; ')}
          </p>
        ) : null}
      </>
    );
  }
  return (
    <>
      {slot.articleId ? (
        <p>
          <span className={`${badge} bg-accent-dark text-paper`}>Pinned, not published</span>
          <span className="font-semibold">{pinned?.headline ?? `Article ${slot.articleId}`}</span>:
          readers see the slot’s automatic story instead until it is published again.
        </p>
      ) : null}
      <p className={slot.articleId ? 'mt-1 text-sm' : undefined}>
        <span className={`${badge} border border-ink`}>
          {shown.article ? 'Automatic' : 'Empty'}
        </span>
        {shown.article ? shown.article.headline : 'Nothing to fill it now.'}
      </p>
    </>
  );
}

/** One slot of the draft: what it shows now, and (for editors) the buttons that change it. */
export function SlotRow({
  path,
  fields,
  slot,
  shown,
  name,
  place,
  isFirst,
  isLast,
  pinned,
  canArrange,
  picker,
}: Props) {
  const slotFields = { ...fields, slotId: slot.id };
  const context = <span className="sr-only">: {place}</span>;
  const article = shown.source === 'pinned' ? shown.article : null;
  return (
    <div
      id={`slot-${fields.containerId}-${slot.id}`}
      className="grid gap-2 border-b border-rule py-3"
    >
      <div className="flex flex-wrap items-baseline gap-x-3">
        <span className="w-24 shrink-0 text-sm font-bold">{name}</span>
        <div className="min-w-0 flex-1">
          <Shows slot={slot} shown={shown} pinned={pinned} />
        </div>
      </div>
      {canArrange ? (
        <div className="flex flex-wrap items-center gap-2">
          {!isFirst ? (
            <ActionButton
              action={editFront}
              fields={{ ...slotFields, op: 'move-slot', direction: 'up' }}
              pendingLabel="Moving…"
            >
              Up{context}
            </ActionButton>
          ) : null}
          {!isLast ? (
            <ActionButton
              action={editFront}
              fields={{ ...slotFields, op: 'move-slot', direction: 'down' }}
              pendingLabel="Moving…"
            >
              Down{context}
            </ActionButton>
          ) : null}
          {slot.articleId ? (
            <ActionButton
              action={editFront}
              fields={{ ...slotFields, op: 'unpin' }}
              pendingLabel="Removing…"
            >
              Remove pin{context}
            </ActionButton>
          ) : null}
          {shown.source === 'rule' && shown.article ? (
            <ActionButton
              action={editFront}
              fields={{ ...slotFields, op: 'pin', articleId: shown.article.id }}
              pendingLabel="Pinning…"
            >
              Pin this story{context}
            </ActionButton>
          ) : null}
          {/* A plain link: the picker is drawn by the server for this address, with or without JavaScript. */}
          <a href={`${path}?pick=${fields.containerId}.${slot.id}#${pickAnchor(fields.containerId, slot.id)}`} className="px-2 py-1 font-semibold underline">
            {slot.articleId ? 'Pin another story' : 'Pick a story'}
            {context}
          </a>
        </div>
      ) : null}
      {canArrange && article ? (
        <details>
          <summary className="cursor-pointer font-semibold underline">
            Overrides on this front{context}
          </summary>
          <div className="mt-3">
            <OverrideForm
              key={`${slot.articleId}-${slot.headline}-${slot.kicker}-${slot.focal?.x}-${slot.focal?.y}`}
              action={editFront}
              fields={{ ...slotFields, op: 'override' }}
              idPrefix={`override-${fields.containerId}-${slot.id}`}
              article={{
                headline: article.headline,
                hero: article.hero
                  ? {
                      src: article.hero.src,
                      width: article.hero.width,
                      height: article.hero.height,
                      focal: article.hero.focal,
                    }
                  : null,
              }}
              values={{
                headline: slot.headline ?? '',
                kicker: slot.kicker ?? '',
                focalX: slot.focal ? String(Math.round(slot.focal.x * 100)) : '',
                focalY: slot.focal ? String(Math.round(slot.focal.y * 100)) : '',
              }}
            />
          </div>
        </details>
      ) : null}
      {picker}
    </div>
  );
}
