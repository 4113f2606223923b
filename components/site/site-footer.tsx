import Link from 'next/link';
import { sections } from '@/lib/articles/sections';
import { getSite } from '@/lib/site';

export function SiteFooter() {
  const site = getSite();
  return (
    <footer className="mt-16 border-t-2 border-ink bg-wash">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 text-sm sm:grid-cols-3">
        <div>
          <p className="font-serif text-2xl font-bold">{site.name}</p>
          <p className="mt-2 text-muted">{site.tagline}.</p>
        </div>
        <nav aria-label="Sections (footer)">
          <h2 className="font-semibold">Sections</h2>
          <ul className="mt-2 space-y-1">
            {sections.map((s) => (
              <li key={s.slug}>
                <Link prefetch={false} href={`/${s.slug}`} className="hover:underline">
                  {s.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label="About">
          <h2 className="font-semibold">Reader services</h2>
          <ul className="mt-2 space-y-1">
            <li>
              <Link prefetch={false} href="/corrections" className="hover:underline">
                Corrections
              </Link>
            </li>
            <li>
              <Link prefetch={false} href="/search" className="hover:underline">
                Search
              </Link>
            </li>
            <li>
              <a href="/feed.xml" className="hover:underline">
                RSS feed
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
