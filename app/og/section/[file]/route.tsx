import { findSection, sections } from '@/lib/articles/sections';
import { notFoundImage, pngName } from '@/lib/og/params';
import { renderBrandCard } from '@/lib/og/render';
import { getSite } from '@/lib/site';

export const dynamic = 'force-static';

export function generateStaticParams() {
  return sections.map((s) => ({ file: `${s.slug}.png` }));
}

export async function GET(_request: Request, { params }: RouteContext<'/og/section/[file]'>) {
  const section = findSection(pngName((await params).file) ?? '');
  if (!section) return notFoundImage();
  return renderBrandCard({ publication: getSite().name, kicker: 'Section', title: section.name, description: section.description });
}
