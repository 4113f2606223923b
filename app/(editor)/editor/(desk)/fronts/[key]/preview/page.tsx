import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FrontView } from '@/components/site/front/front-view';
import { Masthead } from '@/components/site/masthead';
import { PageHeading } from '@/components/site/page-heading';
import { SiteFooter } from '@/components/site/site-footer';
import { launchFront } from '@/lib/fronts/actions';
import { editorFrontPath, frontByParam } from '@/lib/fronts/keys';
import { getFrontPreview } from '@/lib/fronts/newsroom';
import { getSite } from '@/lib/site';
import { ActionButton } from '@/components/editor/action-button';
import { PreviewFrames } from '../_components/preview-frames';

export const metadata: Metadata = { title: 'Front preview' };

// The draft as readers will see it once launched: the reader site's own components, drawn now
// from the database as it is, in a phone's width and a desktop's. Private, like the newsroom.
export default async function FrontPreviewPage({
  params,
}: PageProps<'/editor/fronts/[key]/preview'>) {
  const front = frontByParam((await params).key);
  if (!front) notFound();
  const { draft, resolved, canArrange } = await getFrontPreview(front);
  return (
    <>
      <p className="text-sm">
        <Link href={editorFrontPath(front)} className="underline">
          ← Arrange {front.name}
        </Link>
      </p>
      <div className="mt-2 mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 className="font-serif text-3xl font-bold">Preview: {front.name}</h1>
        {canArrange ? (
          <ActionButton
            action={launchFront}
            fields={{ key: front.key, version: draft.version }}
            variant="primary"
            pendingLabel="Launching…"
          >
            Launch this draft
          </ActionButton>
        ) : null}
      </div>
      <p className="mb-6 text-muted">
        The draft{draft.version ? ` (version ${draft.version})` : ''} with the stories its slots
        show now. Readers see it when it is launched; a story published meanwhile fills an empty
        slot then.
      </p>
      <PreviewFrames
        masthead={<Masthead />}
        heading={
          front.section ? (
            <PageHeading title={front.section.name}>{front.section.description}</PageHeading>
          ) : (
            <h1 className="sr-only">{getSite().name}: front page</h1>
          )
        }
        footer={<SiteFooter />}
      >
        <FrontView front={resolved} section={front.section?.slug} />
      </PreviewFrames>
    </>
  );
}
