import type { Metadata } from 'next';
import { InteractiveMark } from '@/components/editor/interactive-mark';
import { getSite } from '@/lib/site';

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function PublicEditorLayout({ children }: LayoutProps<'/editor'>) {
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-12">
      <p className="font-serif text-3xl font-bold">{getSite().name}</p>
      <p className="text-muted">Newsroom</p>
      <div className="mt-8">{children}</div>
      <InteractiveMark />
    </main>
  );
}
