import Link from 'next/link';
import type { ResolvedContainer } from '@/lib/fronts/resolve';
import { sectionPath } from '@/lib/articles/urls';
import { SlotCard, type FilledSlot } from './slot-card';

// The container layouts of a front, each drawn as the reader site drew these blocks before fronts:
// pictures sized by their frame (16:9, width and height given), so nothing moves as they load.

export interface ContainerProps {
  container: ResolvedContainer;
  slots: FilledSlot[];
  /** Cards name their section (not on a section's own page, nor in a section's block). */
  showSection: boolean;
  /** The section page this front is, if it is one: its own blocks do not link to it. */
  pageSection: string | null;
}

const headingId = (container: ResolvedContainer) => `${container.id}-heading`;

function Title({
  container,
  pageSection,
  className,
}: Pick<ContainerProps, 'container' | 'pageSection'> & { className: string }) {
  const rule = container.rule;
  const href =
    rule.kind === 'section' && rule.section !== pageSection ? sectionPath(rule.section) : null;
  return (
    <h2 id={headingId(container)} className={className}>
      {href ? (
        <Link href={href} className="hover:underline">
          {container.title}
        </Link>
      ) : (
        container.title
      )}
    </h2>
  );
}

/** A container with a title is a region named by its heading, its cards a level below. */
function Block({
  container,
  pageSection,
  children,
}: Pick<ContainerProps, 'container' | 'pageSection'> & { children: React.ReactNode }) {
  if (!container.title) return children;
  return (
    <section aria-labelledby={headingId(container)} className="border-t-2 border-ink pt-3">
      <Title
        container={container}
        pageSection={pageSection}
        className="font-serif text-2xl font-bold"
      />
      <div className="mt-5">{children}</div>
    </section>
  );
}

/** The lead story large, its seconds in a row of three below; the title names the region. */
export function LeadContainer({
  container,
  slots,
  showSection,
  className = '',
}: ContainerProps & { className?: string }) {
  const [lead, ...seconds] = slots;
  const Wrapper = container.title ? 'section' : 'div';
  return (
    <Wrapper aria-label={container.title || undefined} className={className}>
      {lead ? (
        <SlotCard slot={lead} variant="lead" headingLevel="h2" showSection={showSection} />
      ) : null}
      {seconds.length > 0 ? (
        <div className="mt-10 grid gap-8 border-t border-rule pt-6 sm:grid-cols-3">
          {seconds.map((slot) => (
            <SlotCard key={slot.slotId} slot={slot} showSection={showSection} />
          ))}
        </div>
      ) : null}
    </Wrapper>
  );
}

/** Cards four across (`row`) or three across (`grid`, a section page's list). */
export function CardsContainer({ container, slots, showSection, pageSection }: ContainerProps) {
  const level = container.title ? 'h3' : 'h2';
  if (container.layout === 'row') {
    return (
      <Block container={container} pageSection={pageSection}>
        <div className="grid gap-x-8 gap-y-10 sm:grid-cols-2 lg:grid-cols-4">
          {slots.map((slot) => (
            <SlotCard
              key={slot.slotId}
              slot={slot}
              showSection={showSection}
              headingLevel={level}
            />
          ))}
        </div>
      </Block>
    );
  }
  return (
    <Block container={container} pageSection={pageSection}>
      <ul className="grid gap-x-8 gap-y-10 sm:grid-cols-2 lg:grid-cols-3">
        {slots.map((slot) => (
          <li key={slot.slotId}>
            <SlotCard slot={slot} showSection={showSection} headingLevel={level} />
          </li>
        ))}
      </ul>
    </Block>
  );
}

/** Headlines with their times: beside a lead container, its side column on a wide screen. */
export function ListContainer({
  container,
  slots,
  showSection,
  pageSection,
  aside = false,
}: ContainerProps & { aside?: boolean }) {
  const items = slots.map((slot) => (
    <li key={slot.slotId} className="py-3">
      <SlotCard
        slot={slot}
        variant="compact"
        showSection={showSection}
        headingLevel={container.title ? 'h3' : 'h2'}
      />
    </li>
  ));
  if (aside) {
    return (
      <section
        aria-labelledby={container.title ? headingId(container) : undefined}
        aria-label={container.title ? undefined : 'More stories'}
        className="border-t-2 border-ink pt-3 lg:border-t-0 lg:border-l lg:border-rule lg:pt-0 lg:pl-6"
      >
        {container.title ? (
          <Title
            container={container}
            pageSection={pageSection}
            className="font-serif text-xl font-bold"
          />
        ) : null}
        <ol className="mt-3 divide-y divide-rule">{items}</ol>
      </section>
    );
  }
  return (
    <Block container={container} pageSection={pageSection}>
      <ol className="grid gap-x-8 sm:grid-cols-2 lg:grid-cols-4 [&>li]:border-b [&>li]:border-rule">
        {items}
      </ol>
    </Block>
  );
}

/** Running live coverage in a strip of headlines: no pictures, so it costs the page nothing in shifts. */
export function LiveContainer({ container, slots, showSection, pageSection }: ContainerProps) {
  const titled = { ...container, title: container.title || 'Live now' };
  return (
    <section aria-labelledby={headingId(titled)} className="border-y-2 border-accent py-3">
      <Title
        container={titled}
        pageSection={pageSection}
        className="font-serif text-xl font-bold"
      />
      <ul className="mt-2 grid gap-x-8 gap-y-4 sm:grid-cols-2 lg:grid-cols-3">
        {slots.map((slot) => (
          <li key={slot.slotId}>
            <SlotCard slot={slot} variant="compact" showSection={showSection} />
          </li>
        ))}
      </ul>
    </section>
  );
}
