import Link from 'next/link';
import { BrowserNotice } from '@/components/site/browser-notice';
import { Masthead } from '@/components/site/masthead';
import { SiteFooter } from '@/components/site/site-footer';
import { TextSizeScript } from '@/components/site/text-size-script';
import { sections } from '@/lib/articles/sections';

export const metadata = { title: 'Page not found', robots: { index: false } };

export default function NotFound() {
  return (
    <>
      <TextSizeScript />
      <BrowserNotice />
      <Masthead />
      <main id="main" className="mx-auto max-w-3xl px-4 py-12">
        <p className="text-sm font-bold tracking-wider text-accent uppercase">Error 404</p>
        <h1 className="mt-2 font-serif text-4xl font-bold">We couldn’t find that page</h1>
        <p className="mt-4 text-lg">
          The link may be mistyped, or the story may have moved. Try searching for it, or start from one
          of our sections.
        </p>
        <form action="/search" method="get" role="search" className="mt-6 flex gap-2">
          <label htmlFor="notfound-q" className="sr-only">
            Search articles
          </label>
          <input id="notfound-q" name="q" type="search" placeholder="Search articles" className="min-w-0 flex-1 border border-ink bg-white px-3 py-2" />
          <button type="submit" className="bg-ink px-5 py-2 font-semibold text-paper">
            Search
          </button>
        </form>
        <ul className="mt-8 flex flex-wrap gap-3">
          <li>
            <Link href="/" className="font-semibold underline">
              Front page
            </Link>
          </li>
          {sections.map((s) => (
            <li key={s.slug}>
              <Link href={`/${s.slug}`} className="underline">
                {s.name}
              </Link>
            </li>
          ))}
        </ul>
      </main>
      <SiteFooter />
    </>
  );
}
