import Link from 'next/link';
import { sections } from '@/lib/articles/sections';
import { getSite } from '@/lib/site';

export function Masthead() {
  const site = getSite();
  return (
    <header className="border-b border-ink">
      <div className="mx-auto flex max-w-6xl items-center justify-end px-4 pt-3 sm:justify-between text-sm text-muted">
        <span className="hidden sm:inline">{site.tagline}</span>
        <Link href="/search" className="font-medium text-ink underline-offset-4 hover:underline">
          Search
        </Link>
      </div>
      <div className="mx-auto max-w-6xl px-4 py-4 text-center sm:py-6">
        <Link href="/" className="font-serif text-4xl font-bold tracking-tight sm:text-6xl">
          {site.name}
        </Link>
      </div>
      <nav aria-label="Sections" className="border-t border-rule">
        <ul className="mx-auto flex max-w-6xl gap-5 overflow-x-auto px-4 py-2.5 text-[0.95rem] font-semibold whitespace-nowrap sm:justify-center">
          {sections.map((section) => (
            <li key={section.slug}>
              <Link href={`/${section.slug}`} className="hover:text-accent hover:underline">
                {section.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
