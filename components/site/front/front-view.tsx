import type { ResolvedContainer, ResolvedFront } from '@/lib/fronts/resolve';
import {
  CardsContainer,
  LeadContainer,
  ListContainer,
  LiveContainer,
  type ContainerProps,
} from './containers';
import { isFilled } from './slot-card';

interface Props {
  front: ResolvedFront;
  /** The section whose page this front is; none for the home page. */
  section?: string;
}

type Shown = { container: ResolvedContainer; props: ContainerProps };

function Container({ container, props }: Shown) {
  switch (container.layout) {
    case 'lead':
      return <LeadContainer {...props} />;
    case 'list':
      return <ListContainer {...props} />;
    case 'live':
      return <LiveContainer {...props} />;
    default:
      return <CardsContainer {...props} />;
  }
}

/**
 * A front as readers see it, and as the newsroom previews it: its containers in order, those with
 * nothing to show left out. A list right after a lead sits beside it on a wide screen, as the
 * home page's "Latest" always did.
 */
export function FrontView({ front, section }: Props) {
  const shown: Shown[] = front.containers.flatMap((container) => {
    const slots = container.slots.filter(isFilled);
    if (slots.length === 0) return [];
    const showSection = !section && container.rule.kind !== 'section';
    return [{ container, props: { container, slots, showSection, pageSection: section ?? null } }];
  });
  if (shown.length === 0) return <p>No stories yet.</p>;

  const groups: Shown[][] = [];
  for (let i = 0; i < shown.length; i++) {
    const next = shown[i + 1];
    if (shown[i]!.container.layout === 'lead' && next?.container.layout === 'list') {
      groups.push([shown[i]!, next]);
      i++;
    } else {
      groups.push([shown[i]!]);
    }
  }
  return (
    <>
      {groups.map((group, i) => {
        const spacing = i > 0 ? 'mt-14' : undefined;
        const [first, aside] = group;
        if (aside) {
          return (
            <div
              key={first!.container.id}
              className={
                spacing ? `grid gap-10 lg:grid-cols-4 ${spacing}` : 'grid gap-10 lg:grid-cols-4'
              }
            >
              <LeadContainer {...first!.props} className="lg:col-span-3" />
              <ListContainer {...aside.props} aside />
            </div>
          );
        }
        return (
          <div key={first!.container.id} className={spacing}>
            <Container {...first!} />
          </div>
        );
      })}
    </>
  );
}
