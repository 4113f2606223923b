export const sections = [
  { slug: 'world', name: 'World', description: 'Diplomacy, conflict and politics beyond our borders.' },
  { slug: 'indonesia', name: 'Indonesia', description: 'News from across the archipelago.' },
  { slug: 'business', name: 'Business', description: 'Markets, companies, trade and the economy.' },
  { slug: 'opinion', name: 'Opinion', description: 'Columns, editorials and argument.' },
  { slug: 'science-tech', name: 'Science & Tech', description: 'Research, technology and the climate.' },
  { slug: 'culture', name: 'Culture', description: 'Books, film, food, music and the arts.' },
] as const;

export type Section = (typeof sections)[number];
export type SectionSlug = Section['slug'];

export const sectionSlugs = sections.map((s) => s.slug) as [SectionSlug, ...SectionSlug[]];

export function findSection(slug: string): Section | undefined {
  return sections.find((s) => s.slug === slug);
}
